/** Care-card wording and urgency ordering. Pure: the one place urgency turns into words. */

export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The visually hidden prefix a screen reader announces before the card. */
export function carePrefix(urgency: Urgency): string {
  return {
    emergency: 'Emergency:',
    urgent: 'Urgent advice:',
    soon: 'Non-urgent advice:',
    routine: 'Self-care advice:',
  }[urgency];
}

/** The card's one call to action, ending in a colon. */
export function careHeading(urgency: Urgency, emergencyNumber: string): string {
  return {
    emergency: `Call ${emergencyNumber} or go to the emergency department now if you:`,
    urgent: 'Contact your care team or an urgent care center today if you:',
    soon: 'Book an appointment with your doctor within a few days if you:',
    routine: 'You can usually manage at home, and mention it at your next visit, if you:',
  }[urgency];
}

/** Group items by urgency, most urgent first, keeping their order within a level; empty levels dropped. */
export function groupByUrgency<T extends { urgency: Urgency }>(items: readonly T[]): { urgency: Urgency; items: T[] }[] {
  return URGENCIES.map((urgency) => ({ urgency, items: items.filter((i) => i.urgency === urgency) })).filter(
    (g) => g.items.length > 0,
  );
}
