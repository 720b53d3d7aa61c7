/** Care-card and referral wording, and urgency ordering. Pure: the one place urgency turns into words. */

export const URGENCIES = ['emergency', 'urgent', 'soon', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Where a sign's usual call to action is wrong, what the reader should do instead. */
export const ACTIONS = ['labor-and-delivery', 'poison-control', 'leave-the-building', 'crisis-line', 'crisis-now'] as const;
export type SignAction = (typeof ACTIONS)[number];

/** The numbers a card may need; all come from the site settings. */
export interface CareNumbers {
  emergencyNumber: string;
  poisonControlNumber: string;
  crisisLineNumber: string;
}

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

/** A piece of an action's wording: plain text, or a phone number to show as a tap-to-call link. */
export type ActionPart = string | { tel: string };

/** A tel: link for a number as the settings write it ("1-800-222-1222", "0800 123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+*#]/g, '')}`;
}

/** The instruction that replaces the card's call to action for one sign, with its numbers marked. */
export function actionParts(action: SignAction, n: CareNumbers): ActionPart[] {
  const tel = (number: string) => ({ tel: number });
  return {
    'labor-and-delivery': ['If you are 20 weeks pregnant or more, or have just had a baby, call your labor and delivery unit or go there now. Earlier in pregnancy, call your pregnancy care team or go to the emergency department. Call ', tel(n.emergencyNumber), ' for a seizure, heavy bleeding, chest pain, trouble breathing or fainting.'],
    'poison-control': ['Call Poison Control at ', tel(n.poisonControlNumber), ' now, even if there are no signs of harm yet. Call ', tel(n.emergencyNumber), ' if the person is hard to wake, confused, has a seizure or has trouble breathing, or took it on purpose.'],
    'leave-the-building': ['Get everyone out into fresh air now, leave the door open behind you, then call ', tel(n.emergencyNumber), '. Do not go back inside until the fire department says it is safe.'],
    'crisis-line': ['Call or text ', tel(n.crisisLineNumber), ' to talk to someone now. Call ', tel(n.emergencyNumber), ' if you might act on these thoughts.'],
    'crisis-now': ['Call ', tel(n.emergencyNumber), ' or go to the nearest emergency department now if you have hurt yourself, taken too many pills, or feel you might act soon. Otherwise call or text ', tel(n.crisisLineNumber), ' now, any time, day or night. Stay with someone if you can, and put away anything you could use to hurt yourself.'],
  }[action];
}

/** Group items by urgency, most urgent first, keeping their order within a level; empty levels dropped. */
export function groupByUrgency<T extends { urgency: Urgency }>(items: readonly T[]): { urgency: Urgency; items: T[] }[] {
  return URGENCIES.map((urgency) => ({ urgency, items: items.filter((i) => i.urgency === urgency) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Clinician referral tiers, most urgent first. A routine referral is the fourth tier. */
export const REFERRAL_TIERS = ['emergency-department', 'same-day', 'within-2-weeks'] as const;
export type ReferralTier = (typeof REFERRAL_TIERS)[number];

/** The heading of a referral tier, ending in "when". */
export function tierHeading(tier: ReferralTier | 'routine', emergencyNumber: string): string {
  return {
    'emergency-department': `Send to the emergency department now (${emergencyNumber}) when`,
    'same-day': 'Arrange same-day assessment (on-call team, same-day clinic or pathway) when',
    'within-2-weeks': 'Refer urgently (seen within 2 weeks) when',
    routine: 'Refer routinely when',
  }[tier];
}

/** Group referral findings by tier, most urgent first; empty tiers dropped. */
export function groupByTier<T extends { tier: ReferralTier }>(items: readonly T[]): { tier: ReferralTier; items: T[] }[] {
  return REFERRAL_TIERS.map((tier) => ({ tier, items: items.filter((i) => i.tier === tier) })).filter((g) => g.items.length > 0);
}
