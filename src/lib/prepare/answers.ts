/**
 * The pre-visit checklist builder's saved answers: their schema (version 2), the older
 * version 1 shape and the migration from it. Pure. Every string and list is capped so a
 * hostile or damaged store fails validation instead of filling the page.
 */
// zod's tree-shakable build: the same validation at a fraction of the browser bundle.
import * as z from 'zod/mini';
import { DIARY_TIMES, PERSONAL_TRIGGERS, VISIT_TYPES, emptyAnswers } from './basics.ts';

export { CURRENT_VERSION, DIARY_TIMES, PERSONAL_TRIGGERS, VISIT_TYPES, emptyAnswers, type PersonalTrigger, type VisitType } from './basics.ts';

/** A content id: lower-case letters, digits and hyphens. */
const id = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
/** A string of at most n characters. */
const str = (n: number) => z.string().check(z.maxLength(n));
/** A 0–10 rating, or null when not answered. */
const score = z.nullable(z.int().check(z.minimum(0), z.maximum(10)));
/** A list of at most n items. */
const list = <T extends z.ZodMiniType>(item: T, n: number) => z.array(item).check(z.maxLength(n));

export const answersSchema = z.strictObject({
  version: z.literal(2),
  visitType: z.enum(VISIT_TYPES),
  conditions: list(id, 30),
  procedures: list(id, 30),
  /** Personal facts that change the prep list: each a PREP_TRIGGERS value other than 'everyone'. */
  triggers: list(z.enum(PERSONAL_TRIGGERS), 10),
  story: z.strictObject({
    /** Body region labels or ids, free text. */
    regions: list(str(80), 20),
    since: str(200),
    howStarted: str(600),
    /** What it feels like (aching, burning, shooting). Added after version 2 shipped: older saves lack it. */
    feels: z._default(str(300), ''),
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
  treatments: list(
    z.strictObject({ id: str(40), name: str(120), dose: str(120), howLong: str(120), effect: str(300), sideEffects: str(300) }),
    30,
  ),
  goals: z.strictObject({ work: str(300), life: str(300) }),
  questions: z.strictObject({
    /** Keys of ticked questions (see assemble.ts). */
    ticked: list(str(400), 200),
    /** Keys of questions the reader took off the sheet. */
    removed: list(str(400), 200),
    own: list(z.strictObject({ id: str(40), text: str(300), ticked: z.boolean() }), 30),
  }),
  bring: z.strictObject({ ticked: list(str(400), 100) }),
  diary: z.strictObject({
    procedure: str(120),
    date: str(40),
    before: score,
    /** One rating per DIARY_TIMES entry, in that order. */
    after: z.array(score).check(z.length(DIARY_TIMES.length)),
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
  conditions: list(id, 30),
  procedures: list(id, 30),
  painStory: str(2000),
  goals: list(str(300), 2),
  tried: list(z.strictObject({ name: str(300), dose: str(300), result: str(600) }), 30),
  savedAt: str(40),
});
export type AnswersV1 = z.infer<typeof answersV1Schema>;

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
