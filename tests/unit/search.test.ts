import { describe, expect, it } from 'vitest';
import { contentWords, normalize, stem } from '../../src/lib/search/text.ts';
import { correctWords, nearestWord, vocabularyFrom } from '../../src/lib/search/vocabulary.ts';
import { planQuery } from '../../src/lib/search/plan.ts';
import { careFirst, idf, mergeHits } from '../../src/lib/search/rank.ts';
import { matchSigns, type SearchSign } from '../../src/lib/search/red-flags.ts';
import { excerptPieces } from '../../src/lib/search/excerpt.ts';
import { readSearchParams, searchHref } from '../../src/lib/search/params.ts';
import { facetsFor } from '../../src/lib/search/facets.ts';
import { SYNONYMS } from '../../src/lib/search/synonyms.ts';

const vocab = new Set(vocabularyFrom(['Sciatica', 'Pregabalin (Lyrica)', 'Fibromyalgia', 'shooting pain down my leg', 'Migraine', 'herniated disc', 'epidural steroid injection']));

describe('query words', () => {
  it('normalizes case, quotes, accents and punctuation', () => {
    expect(normalize('Can’t  CONTROL my bladder!')).toBe('cant control my bladder');
    expect(normalize('Café—naïve')).toBe('cafe naive');
  });
  it('keeps only words that carry meaning', () => {
    expect(contentWords('can I drive after an injection?')).toEqual(['drive', 'injection']);
  });
  it('stems word forms so they meet', () => {
    expect(stem('swelling')).toBe(stem('swells'));
    expect(stem('numbness')).toBe('numb');
    expect(stem('leg')).toBe('leg');
  });
});

describe('spelling correction', () => {
  it('corrects misspelled condition and medicine names to the nearest site word', () => {
    expect(nearestWord('siatica', vocab)).toBe('sciatica');
    expect(nearestWord('pregablin', vocab)).toBe('pregabalin');
    expect(nearestWord('fibromyalga', vocab)).toBe('fibromyalgia');
    expect(nearestWord('migrane', vocab)).toBe('migraine');
  });
  it('leaves known words, short words and far-off words alone', () => {
    expect(nearestWord('sciatica', vocab)).toBeNull();
    expect(nearestWord('leq', vocab)).toBeNull();
    expect(nearestWord('zzzzzzzz', vocab)).toBeNull();
  });
  it('reports each correction and keeps stop words', () => {
    expect(correctWords(['my', 'siatica'], vocab)).toEqual({ words: ['my', 'sciatica'], corrections: [{ from: 'siatica', to: 'sciatica' }] });
  });
  it('builds a sorted vocabulary without stop words or numbers', () => {
    expect(vocabularyFrom(['The pain, the PAIN 2 knees'])).toEqual(['knees', 'pain']);
  });
});

describe('query plan', () => {
  const synonyms = [{ lay: ['slipped disc'], terms: 'herniated disc' }];
  it('searches the whole query, each word, then the site words for patients\' words', () => {
    const plan = planQuery('My slipped disc', vocab, synonyms);
    expect(plan.units).toEqual([
      { text: 'slipped disc', kind: 'all' },
      { text: 'slipped', kind: 'word' },
      { text: 'disc', kind: 'word' },
      { text: 'herniated disc', kind: 'synonym' },
    ]);
  });
  it('searches the corrected spelling and says so', () => {
    const plan = planQuery('siatica', vocab, synonyms);
    expect(plan.corrected).toBe('sciatica');
    expect(plan.units).toEqual([{ text: 'sciatica', kind: 'word' }]);
    expect(plan.corrections).toEqual([{ from: 'siatica', to: 'sciatica' }]);
  });
  it('gives nothing to search for a query of stop words', () => {
    expect(planQuery('how can I', vocab, synonyms).units).toEqual([]);
  });
  it('expands the lay words the issue names', () => {
    const lay = ['slipped disc', 'pinched nerve', 'pins and needles', 'pain pump', 'water on the knee', 'shingles pain', 'tylenol', 'aleve'];
    for (const l of lay) expect(planQuery(l, new Set(), SYNONYMS).units.some((u) => u.kind === 'synonym'), l).toBe(true);
  });
});

describe('merging per-word results', () => {
  it('counts rare words more than common ones', () => {
    expect(idf(2, 90)).toBeGreaterThan(idf(80, 90));
    const ranked = mergeHits([
      { kind: 'word', hits: Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, score: i === 5 ? 10 : 1 })) },
      { kind: 'word', hits: [{ id: 'p9', score: 1 }] },
    ], 90);
    expect(ranked[0]!.id).toBe('p9');
  });
  it('remembers which unit found a page best, for its excerpt', () => {
    const ranked = mergeHits([
      { kind: 'word', hits: Array.from({ length: 80 }, (_, i) => ({ id: i === 0 ? 'a' : `p${i}`, score: 1 })) },
      { kind: 'sign', hits: [{ id: 'a', score: 1 }, { id: 'b', score: 1 }] },
    ], 90);
    expect(ranked.find((r) => r.id === 'a')!.unit).toBe(1);
  });
  it('returns nothing when no unit found anything', () => {
    expect(mergeHits([{ kind: 'word', hits: [] }], 90)).toEqual([]);
  });
  it('puts the when-to-get-help pages that list a matched sign first, then boosts the other ones', () => {
    const directory = {
      cond: { url: '/conditions/a/', type: 'Condition' },
      other: { url: '/seek-care/flare-ups/', type: 'When to get help' },
      lists: { url: '/seek-care/back-pain-red-flags/', type: 'When to get help' },
    };
    const signs = [{ pages: ['/seek-care/back-pain-red-flags/'] }];
    const ranked = mergeHits([{ kind: 'word', hits: [{ id: 'cond', score: 10 }, { id: 'other', score: 7 }, { id: 'lists', score: 1 }] }], 90);
    expect(ranked.map((r) => r.id)).toEqual(['cond', 'other', 'lists']);
    expect(careFirst(ranked, signs, directory, 'When to get help').map((r) => r.id)).toEqual(['lists', 'other', 'cond']);
    expect(careFirst(ranked, [], directory, 'When to get help').map((r) => r.id), 'no sign, no change').toEqual(['cond', 'other', 'lists']);
  });
  it('orders the pages that list a matched sign like the cards: by the first sign each lists', () => {
    const directory = {
      second: { url: '/seek-care/b/', type: 'When to get help' },
      first: { url: '/seek-care/a/', type: 'When to get help' },
    };
    const signs = [{ pages: ['/seek-care/a/'] }, { pages: ['/seek-care/b/', '/seek-care/a/'] }];
    const ranked = mergeHits([{ kind: 'word', hits: [{ id: 'second', score: 10 }, { id: 'first', score: 1 }] }], 90);
    expect(careFirst(ranked, signs, directory, 'When to get help').map((r) => r.id)).toEqual(['first', 'second']);
  });
});

describe('red-flag matching', () => {
  const signs: SearchSign[] = [
    { id: 'soon-one', sign: 'back pain at night for weeks', urgency: 'soon', phrases: ['back pain at night'] },
    { id: 'urgent-one', sign: 'a fever with back pain', urgency: 'urgent', phrases: ['fever and back pain'] },
    { id: 'bladder', sign: 'lose control of your bladder or bowels', urgency: 'emergency', phrases: ["can't control my bladder"] },
  ];
  it('finds the emergency sign in a patient\'s sentence', () => {
    expect(matchSigns("back pain and I suddenly can't control my bladder", signs).map((s) => s.id)).toEqual(['bladder']);
  });
  it('puts the most urgent first', () => {
    expect(matchSigns('fever and back pain, cannot control bladder', signs).map((s) => s.id)).toEqual(['bladder', 'urgent-one']);
  });
  it('matches on the sign\'s own wording too', () => {
    expect(matchSigns('lose control of bladder and bowels', signs).map((s) => s.id)).toEqual(['bladder']);
  });
  it('shows nothing for ordinary queries, and never soon or routine signs', () => {
    expect(matchSigns('back pain', signs)).toEqual([]);
    expect(matchSigns('back pain at night', signs)).toEqual([]);
    expect(matchSigns('', signs)).toEqual([]);
  });
});

describe('excerpts', () => {
  it('keeps marks as pieces and decodes entities', () => {
    expect(excerptPieces('Pain &amp; <mark>sciatica</mark> runs down the leg.')).toEqual([
      { text: 'Pain & ', mark: false }, { text: 'sciatica', mark: true }, { text: ' runs down the leg.', mark: false },
    ]);
  });
  it('shows that an excerpt starts or ends mid-sentence', () => {
    const text = excerptPieces('down the <mark>leg</mark> and').map((p) => p.text).join('');
    expect(text).toBe('…down the leg and…');
  });
  it('turns hostile markup into plain text', () => {
    const pieces = excerptPieces('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>Hi.');
    expect(pieces.map((p) => p.text).join('')).toBe('…<script>alert(1)</script> Hi.');
  });
});

describe('search address', () => {
  const allowed = { type: ['Condition'], region: ['Lower back'], pain: ['Mixed'] };
  it('reads the query and known filters, ignoring unknown or malformed ones', () => {
    expect(readSearchParams('https://x.test/search/?q=%20sciatica%20&type=Condition&region=Mars&pain=<b>', allowed)).toEqual({
      q: 'sciatica', filters: { type: 'Condition', region: '', pain: '' },
    });
    expect(readSearchParams('not a url', allowed).q).toBe('');
  });
  it('writes only what is set', () => {
    expect(searchHref('https://x.test/search/?old=1', 'burning feet', { type: '', region: 'Lower back', pain: '' })).toBe('/search/?q=burning+feet&region=Lower+back');
  });
});

describe('search facets', () => {
  const conditions = new Map([
    ['sciatica', { bodyRegions: [{ id: 'lower-back' }, { id: 'leg-and-knee' }], painTypes: ['neuropathic'] }],
    ['migraine', { bodyRegions: [{ id: 'head-and-face' }], painTypes: ['nociplastic', 'mixed'] }],
  ]);
  const regions = [{ id: 'head-and-face', label: 'Head and face' }, { id: 'lower-back', label: 'Lower back' }, { id: 'leg-and-knee', label: 'Leg and knee' }];
  it('gives a procedure the regions and pain types of the conditions it treats, in region order', () => {
    const f = facetsFor({ collection: 'procedures', id: 'x', data: { treats: [{ id: 'migraine' }, { id: 'sciatica' }] } }, conditions, regions);
    expect(f).toMatchObject({ type: 'Procedure', regions: ['Head and face', 'Lower back', 'Leg and knee'] });
    expect(f.painTypes).toHaveLength(3);
  });
  it('indexes a medicine\'s generic and brand names', () => {
    expect(facetsFor({ collection: 'medications', id: 'p', data: { usedFor: [], generics: ['pregabalin'], brands: ['Lyrica'] } }, conditions, regions).keywords).toEqual(['pregabalin', 'Lyrica']);
  });
});

describe('red-flag ordering', () => {
  it('lists the sign matched by more of the query first within an urgency', () => {
    const signs: SearchSign[] = [
      { id: 'opioid', sign: 'someone who took opioids is hard to wake', urgency: 'emergency', phrases: ['overdose'] },
      { id: 'apap', sign: 'took too much acetaminophen', urgency: 'emergency', phrases: ['tylenol overdose'] },
      { id: 'fever', sign: 'a fever with back pain', urgency: 'urgent', phrases: ['fever overdose'] },
    ];
    expect(matchSigns('tylenol overdose', signs).map((s) => s.id)).toEqual(['apap', 'opioid']);
    expect(matchSigns('overdose', signs).map((s) => s.id)).toEqual(['opioid']);
    expect(matchSigns('fever overdose tylenol', signs).map((s) => s.id), 'urgency still comes first').toEqual(['apap', 'opioid', 'fever']);
  });
  it('puts how the person is now before what they took', () => {
    const signs: SearchSign[] = [
      { id: 'took-pills', sign: 'took more of a medicine than prescribed', urgency: 'emergency', action: 'poison-control', phrases: ['took too many pills'] },
      { id: 'blue-lips', sign: 'hard to wake or blue lips', urgency: 'emergency', phrases: ['blue lips'] },
    ];
    expect(matchSigns('took too many pills blue lips', signs).map((s) => s.id)).toEqual(['blue-lips', 'took-pills']);
    expect(matchSigns('took too many pills', signs).map((s) => s.id)).toEqual(['took-pills']);
  });
});

describe('red-flag matching, word forms and several texts', () => {
  const signs: SearchSign[] = [
    { id: 'stroke', sign: 'sudden trouble speaking', urgency: 'emergency', phrases: ['slurred speech'] },
    { id: 'apap', sign: 'took too much acetaminophen', urgency: 'emergency', phrases: ['acetaminophen overdose'] },
    { id: 'pee', sign: 'cannot pee', urgency: 'emergency', phrases: ["can't pee"] },
  ];
  it('matches a two-word phrase in either order and across word forms', () => {
    expect(matchSigns('my speech is slurred', signs).map((s) => s.id)).toEqual(['stroke']);
    expect(stem('temples')).toBe(stem('temple'));
    expect(stem('breathing')).toBe(stem('breathe'));
    expect(stem('swollen')).toBe(stem('swelling'));
  });
  it('matches each text on its own, so words never join across two texts', () => {
    expect(matchSigns(['pain when I pee after I cant sleep', 'tylenol'], signs)).toEqual([]);
    expect(matchSigns(['pee when i cant', 'pee when i cant'], signs)).toEqual([]);
    expect(matchSigns(['tylenol overdose', 'acetaminophen overdose'], signs).map((s) => s.id)).toEqual(['apap']);
  });
});
