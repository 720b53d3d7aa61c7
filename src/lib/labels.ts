/** Plain labels for enum values shown to readers. Pure. */

const GUIDANCE: Record<string, string> = {
  fluoroscopy: 'Live X-ray (fluoroscopy)',
  ultrasound: 'Ultrasound',
  ct: 'CT scan',
  none: 'None needed',
  'surgical-microscope': 'Surgical microscope',
};
const SEDATION: Record<string, string> = {
  'local-only': 'Numbing medicine only (local anesthetic)',
  'light-sedation': 'Light sedation (relaxed but awake)',
  'moderate-sedation': 'Moderate sedation (drowsy)',
  'general-anesthesia': 'General anesthesia (asleep)',
};
const CONTROLLED: Record<string, string> = {
  'not-controlled': 'Not a controlled substance',
  'schedule-ii': 'Controlled substance (US Schedule II)',
  'schedule-iii': 'Controlled substance (US Schedule III)',
  'schedule-iv': 'Controlled substance (US Schedule IV)',
  'schedule-v': 'Controlled substance (US Schedule V)',
  'varies-by-medicine': 'Depends on the medicine',
  'varies-by-state': 'Controlled in some US states',
};
const PAIN: Record<string, string> = {
  nociceptive: 'Nociceptive (tissue pain)',
  neuropathic: 'Neuropathic (nerve pain)',
  nociplastic: 'Nociplastic (sensitised nervous system)',
  mixed: 'Mixed',
};

const label = (map: Record<string, string>) => (value: string): string => map[value] ?? value;
export const guidanceLabel = label(GUIDANCE);
export const sedationLabel = label(SEDATION);
export const controlledLabel = label(CONTROLLED);
export const painTypeLabel = label(PAIN);
export const PAIN_TYPES = Object.keys(PAIN);
