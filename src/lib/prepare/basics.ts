/**
 * What every prepare tool needs at once, without the validator: the visit types, diary times and
 * personal triggers, the storage keys, a fresh sheet, and saving. Reading stored answers back
 * (validation with zod, migration) lives in storage.ts, which the tools load only when there is
 * something stored to read, so a first visit does not download the validator.
 */
import { PREP_TRIGGERS, type PrepTrigger } from '../prep.ts';
import type { Answers } from './answers.ts';

export const VISIT_TYPES = ['first', 'follow-up', 'procedure'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** When pain is rated after a procedure, for the relief diary. */
export const DIARY_TIMES = ['30 minutes', '1 hour', '2 hours', '4 hours', '6 hours', '8 hours'] as const;

export const CURRENT_VERSION = 2;

/** Personal situations a reader can tick: every prep trigger except 'everyone'. */
export const PERSONAL_TRIGGERS = PREP_TRIGGERS.filter((t): t is Exclude<PrepTrigger, 'everyone'> => t !== 'everyone');
export type PersonalTrigger = (typeof PERSONAL_TRIGGERS)[number];

export const STORAGE_KEY = 'pain-kb:prepare';
/** Where the page may keep unreadable answers it set aside, so they are not overwritten at once. */
export const SET_ASIDE_KEY = 'pain-kb:prepare:set-aside';

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
      feels: '',
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

/** The text to store: the answers as JSON, stamped with the time of saving. */
export function serializeAnswers(a: Answers, now: Date): string {
  return JSON.stringify({ ...a, savedAt: now.toISOString() });
}
