/**
 * Turning what people type into words to match. Pure: used at build time (vocabulary, red-flag
 * phrases) and in the browser (queries), so both sides are cut the same way.
 */

/** Words that carry no meaning for search: "can I drive after an injection" → drive, injection. */
export const STOPWORDS = new Set(
  ('a about after all also am an and any are as at be been before being but by can could did do does doing for from get gets ' +
    'got had has have having he her hers him his how i if im in into is it its ive just me might more most much my no nor ' +
    'not now of off on once only or other our out over own really same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which while who whom ' +
    'why will with would you your yours yourself lot lots bit thing things feel feels feeling keep keeps kind sort also ' +
    'cannot cant dont doesnt didnt wont isnt arent havent hasnt ok okay please help need want tell know')
    .split(' '),
);

/** Lower case, straight quotes, contractions dropped to their stem ("can't" → "cant"), no punctuation. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every word, in order. */
export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** The words that carry meaning, in order, without repeats. */
export function contentWords(text: string): string[] {
  return [...new Set(words(text).filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w))))];
}

/** Irregular forms the suffix rules cannot reach. */
const IRREGULAR: Record<string, string> = { swollen: 'swell', peed: 'pee', peeing: 'pee', thoughts: 'think', thought: 'think', suicidal: 'suicide' };

/**
 * A light English stem so "swollen", "swelling" and "swells" meet, "numbness" meets "numb" and
 * "breathing" meets "breathe". Deliberately crude and symmetric: it is only used to compare two
 * cut texts with each other.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3) return word;
  const rules: [RegExp, string][] = [
    [/ness$/, ''], [/ing$/, ''], [/ings$/, ''], [/ied$/, 'y'], [/ies$/, 'y'], [/ed$/, ''], [/en$/, ''], [/ly$/, ''],
    [/es$/, ''], [/s$/, ''],
  ];
  let out = word;
  for (const [re, to] of rules) {
    if (re.test(word) && word.length - word.match(re)![0].length + to.length >= 3) {
      out = word.replace(re, to);
      break;
    }
  }
  // "temple"/"temples", "breathe"/"breathing", "overdose"/"overdosed", "wipe"/"wiping" meet.
  return out.length > 3 && out.endsWith('e') ? out.slice(0, -1) : out;
}
