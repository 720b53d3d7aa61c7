/**
 * One entry of the warning-signs register (content/warning-signs/<id>.yaml). Every care card on
 * the site is built from these entries, so a sign reads the same and carries the same urgency
 * on every page. Pages refer to signs by id and cannot set an urgency of their own.
 */
import { z } from 'astro/zod';
import { urgency } from './common.ts';
import { ACTIONS } from '../lib/care.ts';

/** What the sign is about, for grouping in the checker and on the printable card. */
export const signTopic = z.enum([
  'back-and-neck',
  'nerves',
  'head-and-face',
  'joints-and-muscles',
  'chest-and-breathing',
  'belly-and-pelvis',
  'skin-and-wounds',
  'after-a-procedure',
  'medicines',
  'pregnancy',
  'mood-and-mind',
  'whole-body',
  'pain-and-daily-life',
]);

/** Where the card's usual call to action is wrong, what to do instead (wording in src/lib/care.ts). */
export const signAction = z.enum(ACTIONS);

/**
 * The schema of a register entry. `signRef` checks the ids in `distinctFrom`: `reference()` in
 * src/content.config.ts, a plain string in unit tests (astro:content is not available there).
 */
export function warningSign<R extends z.ZodType>(signRef: R) {
  return z
    .strictObject({
      /** The sign in plain second-person words, following "… if you:": "cannot pee". */
      sign: z.string().min(8).max(220),
      /** Its one urgency: emergency (call the emergency number), urgent (today), soon (days), routine. */
      urgency,
      /** The group it belongs to. */
      topic: signTopic,
      /** Optional: where to go instead of the card's usual call to action. */
      action: signAction.optional(),
      /** Short phrases people type when they have it ("can't pee"): needed for emergency and urgent signs. */
      phrases: z.array(z.string().min(3).max(60)).default([]),
      /** Signs that look alike but are deliberately distinct, each with the reason. */
      distinctFrom: z.array(z.strictObject({ sign: signRef, reason: z.string().min(10) })).default([]),
    })
    .refine((s) => s.phrases.length > 0 || s.urgency === 'soon' || s.urgency === 'routine', {
      message: 'an emergency or urgent sign needs at least one phrase people type',
      path: ['phrases'],
    });
}
