/**
 * The pre-visit checklist builder's saved answers: their schema (version 2), the older
 * version 1 shape and the migration from it. Pure. Every string and list is capped so a
 * hostile or damaged store fails validation instead of filling the page.
 */
import { z } from 'astro/zod';
import { PREP_TRIGGERS, type PrepTrigger } from '../prep.ts';

export const VISIT_TYPES = ['first', 'follow-up', 'procedure'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** When pain is rated after a procedure, for the relief diary. */
export const DIARY_TIMES = ['30 minutes', '1 hour', '2 hours', '4 hours', '6 hours', '8 hours'] as const;

export const CURRENT_VERSION = 2;

/** Personal situations a reader can tick: every prep trigger except 'everyone'. */
export const PERSONAL_TRIGGERS = PREP_TRIGGERS.filter((t): t is Exclude<PrepTrigger, 'everyone'> => t !== 'everyone');
export type PersonalTrigger = (typeof PERSONAL_TRIGGERS)[number];

/** A content id: lower-case letters, digits and hyphens. */
const id = z.string().regex(/^[a-z0-9-]{1,80}$/);
/** A string of at most n characters. */
const str = (n: number) => z.string().max(n);
/** A 0–10 rating, or null when not answered. */
const score = z.number().int().min(0).max(10).nullable();

export const answersSchema = z.strictObject({
  version: z.literal(2),
  visitType: z.enum(VISIT_TYPES),
  conditions: z.array(id).max(30),
  procedures: z.array(id).max(30),
  /** Personal facts that change the prep list: each a PREP_TRIGGERS value other than 'everyone'. */
  triggers: z.array(z.enum(PERSONAL_TRIGGERS)).max(10),
  story: z.strictObject({
    /** Body region labels or ids, free text. */
    regions: z.array(str(80)).max(20),
    since: str(200),
    howStarted: str(600),
    worse: str(600),
    better: str(600),
    worst: score,
    usual: score,
    best: score,
    timeOfDay: str(300),
    sleep: str(300),
    mood: str(300),
  }),
  peg: z.strictObject({ pain: score, enjoyment: score, activity: score }),
  treatments: z
    .array(
      z.strictObject({ id: str(40), name: str(120), dose: str(120), howLong: str(120), effect: str(300), sideEffects: str(300) }),
    )
    .max(30),
  goals: z.strictObject({ work: str(300), life: str(300) }),
  questions: z.strictObject({
    /** Keys of ticked questions (see assemble.ts). */
    ticked: z.array(str(400)).max(200),
    /** Keys of questions the reader took off the sheet. */
    removed: z.array(str(400)).max(200),
    own: z.array(z.strictObject({ id: str(40), text: str(300), ticked: z.boolean() })).max(30),
  }),
  bring: z.strictObject({ ticked: z.array(str(400)).max(100) }),
  diary: z.strictObject({
    procedure: str(120),
    date: str(40),
    before: score,
    /** One rating per DIARY_TIMES entry, in that order. */
    after: z.array(score).length(DIARY_TIMES.length),
  }),
  /** ISO time of the last save. */
  savedAt: str(40),
});
export type Answers = z.infer<typeof answersSchema>;
export type Treatment = Answers['treatments'][number];

/** The older, version 1 shape, kept so saved sheets can be migrated. */
export const answersV1Schema = z.strictObject({
  version: z.literal(1),
  visit: z.enum(VISIT_TYPES),
  conditions: z.array(id).max(30),
  procedures: z.array(id).max(30),
  painStory: str(2000),
  goals: z.array(str(300)).max(2),
  tried: z.array(z.strictObject({ name: str(300), dose: str(300), result: str(600) })).max(30),
  savedAt: str(40),
});
export type AnswersV1 = z.infer<typeof answersV1Schema>;

/** A fresh sheet: first visit, nothing answered. */
export function emptyAnswers(): Answers {
  return {
    version: 2,
    visitType: 'first',
    conditions: [],
    procedures: [],
    triggers: [],
    story: {
      regions: [],
      since: '',
      howStarted: '',
      worse: '',
      better: '',
      worst: null,
      usual: null,
      best: null,
      timeOfDay: '',
      sleep: '',
      mood: '',
    },
    peg: { pain: null, enjoyment: null, activity: null },
    treatments: [],
    goals: { work: '', life: '' },
    questions: { ticked: [], removed: [], own: [] },
    bring: { ticked: [] },
    diary: { procedure: '', date: '', before: null, after: DIARY_TIMES.map(() => null) },
    savedAt: '',
  };
}

/** Cut text to at most max characters, ending in "…" when cut and never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Turn version 1 answers into version 2, cutting text that no longer fits. */
export function migrate(v1: AnswersV1): Answers {
  const a = emptyAnswers();
  a.visitType = v1.visit;
  a.conditions = [...v1.conditions];
  a.procedures = [...v1.procedures];
  a.story.howStarted = clip(v1.painStory, 600);
  a.goals = { work: v1.goals[0] ?? '', life: v1.goals[1] ?? '' };
  a.treatments = v1.tried.map((t, i) => ({
    id: `t${i + 1}`,
    name: clip(t.name, 120),
    dose: clip(t.dose, 120),
    howLong: '',
    effect: clip(t.result, 300),
    sideEffects: '',
  }));
  a.savedAt = v1.savedAt;
  return a;
}
