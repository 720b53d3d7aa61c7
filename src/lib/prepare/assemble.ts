/**
 * What the printable pre-visit sheet shows, from the reader's answers and the site's
 * content. Pure: the page builds the content lists and passes them in. Items carry
 * text-based keys so ticks and removals survive reordering and content edits elsewhere.
 */
import { groupByUrgency, type Urgency } from '../care.ts';
import { groupPrep, type PrepTrigger, type PrepWhen } from '../prep.ts';
import type { Answers } from './answers.ts';

export interface PrepItem {
  id: string;
  text: string;
  when: PrepWhen;
  trigger: PrepTrigger;
}
export interface ConditionInfo {
  id: string;
  title: string;
  questions: string[];
  bring: string[];
  /** Warning-sign register ids. */
  signs: string[];
}
export interface ProcedureInfo {
  id: string;
  title: string;
  questions: string[];
  preparation: PrepItem[];
  /** Warning-sign register ids. */
  signs: string[];
}
export interface SignInfo {
  id: string;
  sign: string;
  urgency: Urgency;
}
export interface SheetContent {
  conditions: ConditionInfo[];
  procedures: ProcedureInfo[];
  signs: SignInfo[];
  /** Sign ids printed when the reader has chosen no page (the site's key warning signs). */
  defaultSigns?: string[];
}

/** One line on the sheet; key is what ticked/removed lists hold, source the title of the page it came from. */
export interface SheetItem {
  key: string;
  text: string;
  source?: string;
}
export interface Sheet {
  bring: SheetItem[];
  prep: { when: PrepWhen; label: string; items: SheetItem[] }[];
  questions: (SheetItem & { ticked: boolean })[];
  signs: { urgency: Urgency; items: SignInfo[] }[];
  unknown: string[];
}

/** What to bring to a first visit. */
export const BASE_BRING: readonly string[] = [
  'Your referral letter, if you have one.',
  'Reports from any scans or X-rays, and the discs or a link to the online portal with the images.',
  'Notes from any surgery you have had.',
  'Summaries from physical therapy or other treatments you have tried.',
  'A list of every medicine you take, with the doses, including ones you buy yourself, patches, creams and supplements (or bring the bottles).',
  'A list of your allergies and what happened.',
  'The ID card for any implanted device, such as a pacemaker, pump or stimulator.',
  'The names of your other doctors, such as your primary care doctor.',
  'Your insurance card and a photo ID.',
];

/** What to bring to a follow-up visit. */
export const FOLLOW_UP_BRING: readonly string[] = [
  'A list of your medicines, including any changes since your last visit.',
  'Notes on your pain and what you have been able to do since your last visit.',
  'Results of any new tests or scans.',
  'Your nerve-block relief diary, if you had a test block.',
  'Notes on any new diagnoses, hospital stays or side effects since your last visit.',
];

/**
 * What to bring on the day of a procedure: what the team checks before they start. The chosen
 * procedures add their own items (scan reports, a pain diary, a walking aid), and the reader's
 * situations add PROCEDURE_DAY_BRING's.
 */
export const PROCEDURE_BRING: readonly string[] = [
  'A list of every medicine you take, with the doses, including ones you buy yourself, patches, creams and supplements (or bring the bottles).',
  'A list of your allergies and what happened. Include any reaction to X-ray dye (contrast), numbing medicine, steroids, antibiotics, latex, tape, or skin cleaners such as iodine (Betadine) or chlorhexidine.',
  'The ID card for any implanted device, such as a pacemaker, defibrillator, pump or stimulator, and the phone number of the clinic that checks it. If you have a stimulator, bring its remote.',
  'Any forms or instructions the clinic sent you.',
  'Your insurance card and a photo ID.',
];

/** Procedure-day items for the reader's situations; `driver` applies when a chosen procedure asks for one. */
export const PROCEDURE_DAY_BRING = {
  'blood-thinner': 'Your blood thinner: its name, your dose, and the day and time you last took it. If you were told to stop it, write down the day you stopped.',
  diabetes: 'Your blood sugar meter, your insulin or other diabetes medicines, glucose tablets or juice in case your sugar goes low, and a snack for after if you were asked not to eat.',
  driver: 'If an adult is driving you home, their name and phone number. Many clinics check this before they start.',
} as const;

/** Procedures' own bring items that PROCEDURE_BRING already covers (by prep item id). */
const COVERED_ON_PROCEDURE_DAY = new Set(['medicine-list', 'device-card']);
/** The prep item id of a procedure's "arrange a driver" step. */
const DRIVER_ITEM = 'driver';

/** Lower case with spaces collapsed and trimmed: the text part of a key. */
export function normalizeText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The stable key of a bring item. */
export function bringKey(text: string): string {
  return `bring:${normalizeText(text)}`;
}

/** The stable key of a question taken from a content page. */
export function questionKey(text: string): string {
  return `q:${normalizeText(text)}`;
}

/** Items with a key seen before dropped; the first one wins. */
function uniqueByKey<T extends { key: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.key) && !!seen.add(i.key));
}

/** A sheet item, with source only when there is one. */
function item(key: string, text: string, source?: string): SheetItem {
  return source === undefined ? { key, text } : { key, text, source };
}

/** The content entries for the chosen ids, in the reader's order, plus the ids content lacks. */
function pick<T extends { id: string }>(ids: readonly string[], all: readonly T[]): { found: T[]; missing: string[] } {
  const byId = new Map(all.map((e) => [e.id, e]));
  const found: T[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const entry = byId.get(id);
    if (entry) found.push(entry);
    else missing.push(id);
  }
  return { found, missing };
}

/** Build the sheet: bring list, procedure prep, questions, warning signs and unknown ids. */
export function assembleSheet(a: Answers, content: SheetContent): Sheet {
  const conditions = pick(a.conditions, content.conditions);
  const procedures = pick(a.procedures, content.procedures);
  const triggers = new Set<string>(a.triggers);
  const applies = (p: PrepItem) => p.trigger === 'everyone' || triggers.has(p.trigger);
  const prepItems = procedures.found.flatMap((p) => p.preparation.filter(applies).map((i) => ({ ...i, source: p.title })));

  const onProcedureDay = a.visitType === 'procedure';
  const situations = [
    ...(triggers.has('blood-thinner') ? [PROCEDURE_DAY_BRING['blood-thinner']] : []),
    ...(triggers.has('diabetes') ? [PROCEDURE_DAY_BRING.diabetes] : []),
    ...(prepItems.some((i) => i.id === DRIVER_ITEM) ? [PROCEDURE_DAY_BRING.driver] : []),
  ];
  // A condition's "bring" items are for a consultation; a procedure's own (scan reports, the
  // pump's card) and the reader's situations for the day of the procedure only.
  const bring = uniqueByKey(
    onProcedureDay
      ? [
          ...PROCEDURE_BRING.map((t) => item(bringKey(t), t)),
          ...situations.map((t) => item(bringKey(t), t)),
          ...prepItems.filter((i) => i.when === 'bring' && !COVERED_ON_PROCEDURE_DAY.has(i.id)).map((i) => item(bringKey(i.text), i.text, i.source)),
        ]
      : [
          ...(a.visitType === 'follow-up' ? FOLLOW_UP_BRING : BASE_BRING).map((t) => item(bringKey(t), t)),
          ...conditions.found.flatMap((c) => c.bring.map((t) => item(bringKey(t), t, c.title))),
        ],
  );

  const steps = uniqueByKey(prepItems.filter((i) => i.when !== 'bring').map((i) => ({ ...i, key: `prep:${normalizeText(i.text)}` })));
  const prep =
    onProcedureDay
      ? groupPrep(steps).map((g) => ({ when: g.when, label: g.label, items: g.items.map((i) => item(i.key, i.text, i.source)) }))
      : [];

  const removed = new Set(a.questions.removed);
  const ticked = new Set(a.questions.ticked);
  const pages = [...conditions.found, ...procedures.found];
  const fromPages = pages.flatMap((p) => p.questions.map((t) => ({ ...item(questionKey(t), t, p.title), ticked: false })));
  const own = a.questions.own.filter((q) => q.text.trim() !== '').map((q) => ({ key: `own:${q.id}`, text: q.text, ticked: q.ticked }));
  const questions = uniqueByKey([...fromPages.filter((q) => !removed.has(q.key)), ...own]).map((q) =>
    q.key.startsWith('q:') ? { ...q, ticked: ticked.has(q.key) } : q,
  );

  const signById = new Map(content.signs.map((s) => [s.id, s]));
  const signIds = new Set(pages.length > 0 ? pages.flatMap((p) => p.signs) : (content.defaultSigns ?? []));
  const signs = groupByUrgency([...signIds].flatMap((id) => signById.get(id) ?? []));

  return { bring, prep, questions, signs, unknown: [...new Set([...conditions.missing, ...procedures.missing])] };
}
