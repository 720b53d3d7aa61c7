/**
 * Preparation items of a procedure: when each applies and what makes it apply. Pure. The
 * procedure page prints them all; the pre-visit checklist builder keeps the ones whose
 * trigger fits the reader.
 */

/** When an item applies, in the order a reader meets them. */
export const PREP_WHEN = ['days-before', 'day-before', 'day-of', 'bring', 'after'] as const;
export type PrepWhen = (typeof PREP_WHEN)[number];

/** What makes an item apply: everyone, or a reader with this situation. */
export const PREP_TRIGGERS = ['everyone', 'sedation', 'blood-thinner', 'diabetes', 'implant', 'pregnancy', 'allergy', 'infection'] as const;
export type PrepTrigger = (typeof PREP_TRIGGERS)[number];

/** The id of the item that asks the reader to score their pain after a test block: its page links to the relief diary. */
export const PAIN_DIARY_ITEM = 'pain-diary';

const WHEN_LABEL: Record<PrepWhen, string> = {
  'days-before': 'In the days before',
  'day-before': 'The day before',
  'day-of': 'On the day',
  bring: 'What to bring',
  after: 'After you get home',
};

/** Items grouped by when they apply, in reading order; empty groups dropped. */
export function groupPrep<T extends { when: PrepWhen }>(items: readonly T[]): { when: PrepWhen; label: string; items: T[] }[] {
  return PREP_WHEN.map((when) => ({ when, label: WHEN_LABEL[when], items: items.filter((i) => i.when === when) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Ids used more than once in one list (ids remember ticks, so they must be unique). */
export function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return [...new Set(items.filter((i) => seen.has(i.id) || !seen.add(i.id)).map((i) => i.id))];
}
