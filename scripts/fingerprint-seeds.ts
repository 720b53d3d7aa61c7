/**
 * Writes scripts/seed-runs.txt: a fingerprint of every run of 8 words in the seed documents,
 * so the content lint can catch copied wording without the documents in the repository.
 * Run it when the seed documents change: npm run seeds:fingerprint -- <folder of .txt seeds>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFingerprints } from '../src/lib/overlap.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run seeds:fingerprint -- <folder of seed .txt files>');
  process.exit(2);
}
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const runs = [...runFingerprints(texts, 8)].sort();
const header = '# Fingerprints of every 8-word run in the seed documents (scripts/fingerprint-seeds.ts).';
writeFileSync('scripts/seed-runs.txt', `${header}\n${runs.join('\n')}\n`);
console.log(`${texts.length} seed documents, ${runs.length} runs written to scripts/seed-runs.txt`);
