/** The staged treatment plan: labels and the rung order. Pure. */

export const STAGES = ['self-care', 'medicines', 'therapies', 'procedures', 'advanced'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  'self-care': 'Self-care',
  medicines: 'Medicines',
  therapies: 'Therapies',
  procedures: 'Procedures',
  advanced: 'Advanced options',
};

/** True when the steps never go back down the ladder (least invasive first). */
export function isLeastInvasiveFirst(steps: readonly { stage: Stage }[]): boolean {
  return steps.every((s, i) => i === 0 || STAGES.indexOf(s.stage) >= STAGES.indexOf(steps[i - 1]!.stage));
}
