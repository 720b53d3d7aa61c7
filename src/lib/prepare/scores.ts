/** Scores the checklist builder shows: the PEG and the percent relief after a procedure. Pure. */

/** A 0–10 rating, or null when not answered. */
export type Score = number | null;

/**
 * The PEG three-item pain scale (Krebs et al., J Gen Intern Med 2009): the mean of pain,
 * interference with enjoyment of life and interference with general activity, to one
 * decimal; null unless all three are answered.
 */
export function pegScore(peg: { pain: Score; enjoyment: Score; activity: Score }): number | null {
  const { pain, enjoyment, activity } = peg;
  if (pain === null || enjoyment === null || activity === null) return null;
  return Math.round(((pain + enjoyment + activity) / 3) * 10) / 10;
}

/** Percent of pain relieved, rounded; negative when pain got worse; null if a rating is missing or before is 0. */
export function reliefPercent(before: Score, after: Score): number | null {
  if (before === null || after === null || before === 0) return null;
  return Math.round(((before - after) / before) * 100);
}

/** The highest relief over the answered readings and the index of that reading (earliest on a tie); null if none. */
export function bestRelief(before: Score, after: readonly Score[]): { percent: number; at: number } | null {
  let best: { percent: number; at: number } | null = null;
  for (const [at, reading] of after.entries()) {
    const percent = reliefPercent(before, reading);
    if (percent !== null && (best === null || percent > best.percent)) best = { percent, at };
  }
  return best;
}
