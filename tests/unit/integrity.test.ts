import { describe, expect, it } from 'vitest';
import { danglingReferences, findReferences, idProblems, missingProcedureSigns, missingRedFlags, overdueReviews, referralTierConflicts, settingsProblems } from '../../src/lib/integrity.ts';

const entry = (collection: string, id: string, data: unknown, filePath?: string) => ({ collection, id, data, filePath });

describe('integrity', () => {
  it('finds references anywhere in the data with their field path', () => {
    const refs = [...findReferences({ a: [{ b: { collection: 'x', id: 'y' } }], c: 'text' })];
    expect(refs).toEqual([{ path: 'a[0].b', ref: { collection: 'x', id: 'y' } }]);
  });
  it('reports a dangling reference naming the file and the field', () => {
    const entries = [
      entry('conditions', 'sciatica', { related: [{ collection: 'conditions', id: 'sciatica' }] }),
      entry('conditions', 'migraine', { treatmentPlan: [{ medications: [{ collection: 'medications', id: 'nope' }] }] }, 'content/conditions/migraine.mdx'),
    ];
    expect(danglingReferences(entries)).toEqual([
      'content/conditions/migraine.mdx: field "treatmentPlan[0].medications[0]" refers to "nope", which is not an entry of medications',
    ]);
  });
  it('lists pages past their review date', () => {
    const entries = [
      entry('guides', 'old', { review: { nextReview: '2020-01-01' } }, 'content/guides/old.mdx'),
      entry('guides', 'new', { review: { nextReview: '2099-01-01' } }),
    ];
    expect(overdueReviews(entries, '2026-11-22')).toEqual(['content/guides/old.mdx: review.nextReview 2020-01-01 has passed']);
  });
  it('requires kebab-case ids, since they are URLs', () => {
    expect(idProblems([entry('conditions', 'back-pain', {}), entry('settings', 'site', {})])).toEqual([]);
    expect(idProblems([entry('conditions', 'Back_Pain', {}, 'content/conditions/Back_Pain.mdx')])[0]).toMatch(
      /^content\/conditions\/Back_Pain\.mdx: the file name must be lowercase kebab-case/,
    );
  });
  it('requires exactly one settings entry named site', () => {
    expect(settingsProblems([entry('settings', 'site', {})], 'content/site.yaml')).toEqual([]);
    expect(settingsProblems([], 'content/site.yaml')[0]).toMatch(/content\/site\.yaml: must hold one entry named "site" \(found none\)/);
  });
  it('requires a red flag from the register on every page that lists signs, but not on guides', () => {
    const sign = (id: string, urgency: string) => entry('warningSigns', id, { urgency });
    const ref = (id: string) => ({ collection: 'warningSigns', id });
    const entries = [
      sign('fever', 'urgent'),
      sign('slow-recovery', 'soon'),
      entry('conditions', 'ok', { care: [ref('slow-recovery'), ref('fever')] }),
      entry('conditions', 'calm', { care: [ref('slow-recovery')] }, 'content/conditions/calm.mdx'),
      entry('guides', 'story', { care: [ref('slow-recovery')] }),
    ];
    expect(missingRedFlags(entries)).toEqual([
      'content/conditions/calm.mdx: field "care" needs at least one emergency or urgent sign from the register (has slow-recovery)',
    ]);
  });
  it('gives the same clinician finding one tier everywhere', () => {
    const cond = (id: string, tier: string) =>
      entry('conditions', id, { referral: { urgentWhen: [{ tier, finding: 'Suspected  DVT' }] } }, `content/conditions/${id}.mdx`);
    expect(referralTierConflicts([cond('a', 'same-day'), cond('b', 'same-day')])).toEqual([]);
    expect(referralTierConflicts([cond('a', 'same-day'), cond('b', 'within-2-weeks')])).toEqual([
      'content/conditions/b.mdx: field "referral.urgentWhen[0].tier" is within-2-weeks, but content/conditions/a.mdx gives the same finding same-day',
    ]);
  });
  it('requires the after-procedure warning signs, spinal ones on procedures near the spine', () => {
    const refs = (...ids: string[]) => ids.map((id) => ({ collection: 'warningSigns', id }));
    const base = ['fever-after-a-procedure', 'wound-or-needle-site-infection'];
    const proc = (id: string, nearSpine: boolean, ids: string[]) =>
      entry('procedures', id, { nearSpine, care: refs(...ids) }, `content/procedures/${id}.mdx`);
    expect(missingProcedureSigns([
      proc('knee', false, [...base, 'long-numbness-after-other-nerve-block']),
      proc('spine', true, [...base, 'nerve-symptoms-after-spine-procedure', 'headache-worse-sitting-up-after-spine-procedure']),
    ])).toEqual([]);
    expect(missingProcedureSigns([proc('spine', true, ['fever-after-a-procedure', 'nerve-symptoms-after-spine-procedure'])])).toEqual([
      'content/procedures/spine.mdx: field "care" must include wound-or-needle-site-infection, headache-worse-sitting-up-after-spine-procedure',
    ]);
    expect(missingProcedureSigns([proc('knee', false, base)])[0]).toMatch(/must include one of long-numbness-after-other-nerve-block/);
  });
});
