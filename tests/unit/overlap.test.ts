import { describe, expect, it } from 'vitest';
import { fingerprint, runFingerprints, sharedRuns, shingles } from '../../src/lib/overlap.ts';

describe('copied wording', () => {
  it('builds word runs ignoring case and punctuation', () => {
    expect([...shingles('The pain, it SPREADS down.', 3)]).toEqual(['the pain it', 'pain it spreads', 'it spreads down']);
  });
  it('finds a copied run and ignores a paraphrase', () => {
    const source = shingles('Opioids are generally considered a last-resort option for chronic non-cancer pain.', 8);
    expect(sharedRuns('Doctors say opioids are generally considered a last resort option for chronic non cancer pain.', source, 8)).toHaveLength(5);
    expect(sharedRuns('For long-lasting pain not caused by cancer, opioids are rarely the first choice.', source, 8)).toEqual([]);
  });
  it('finds the same copied run through fingerprints, without keeping the source text', () => {
    const source = runFingerprints(['Opioids are generally considered a last-resort option for chronic non-cancer pain.'], 8);
    expect([...source].every((f) => /^[0-9a-f]{12}$/.test(f))).toBe(true);
    expect(sharedRuns('Doctors say opioids are generally considered a last resort option for chronic non cancer pain.', source, 8, 5, fingerprint)).toHaveLength(5);
    expect(sharedRuns('Opioids are rarely the first choice for long-lasting pain.', source, 8, 5, fingerprint)).toEqual([]);
  });
});
