/**
 * Schema pieces shared by several collections. Every field carries a comment that says
 * what an editor must put there. Imports only `astro/zod` and pure rules from src/lib.
 */
import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/dates.ts';

/** An ISO calendar date written as YYYY-MM-DD that exists on the calendar. */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date in quotes, as "YYYY-MM-DD", so impossible dates are caught'
        : 'must be a date written as "YYYY-MM-DD"',
  })
  .refine(isValidIsoDate, { message: 'must be a real calendar date written as YYYY-MM-DD' });

/** A published source that backs the facts on a page. */
export const source = z.strictObject({
  /** Who published it: "NICE", "MedlinePlus (NIH)", "Cochrane". */
  publisher: z.string().min(2),
  /** The title as the publisher gives it. */
  title: z.string().min(3),
  /** Year of publication or of the latest update. */
  year: z.number().int().min(1950).max(2100),
  /** A stable https address, preferably the guideline's landing page. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
});

/** At least two real sources on every page. */
export const sources = z.array(source).min(2, { message: 'needs at least two sources' });

/** When the page was last checked against its sources, and by whom. */
export const review = z
  .strictObject({
    /** The day the page was last reviewed. */
    lastReviewed: isoDate,
    /** The day by which it must be reviewed again; after lastReviewed. */
    nextReview: isoDate,
    /** A real role ("Editorial team", "Pain medicine physician reviewer"), never an invented name. */
    reviewer: z.string().min(3),
  })
  .refine((r) => r.nextReview > r.lastReviewed, {
    message: 'nextReview must be after lastReviewed',
    path: ['nextReview'],
  });

/** The four urgency levels of a care card, most urgent first. */
export const urgency = z.enum(['emergency', 'urgent', 'soon', 'routine']);

/** One line of advice on a care card: a symptom in plain words and how urgently to act. */
export const careItem = z.strictObject({
  /** How soon to act: emergency (call the emergency number), urgent (today), soon (days), routine. */
  urgency,
  /** The symptom or situation, in the reader's words: "cannot pass urine". */
  symptom: z.string().min(3),
});

/** A list of care items that must contain at least one red flag (emergency or urgent). */
export const careWithRedFlags = z
  .array(careItem)
  .min(1)
  .refine((items) => items.some((i) => i.urgency === 'emergency' || i.urgency === 'urgent'), {
    message: 'must include at least one emergency or urgent item',
  });

/** Short plain-language lines, at least one. */
export const lines = z.array(z.string().min(3)).min(1);

/** A do / don't self-care list. */
export const doDont = z.strictObject({
  /** Things that help. */
  do: lines,
  /** Things to avoid. */
  dont: lines,
});

/** One thing to do or bring before a visit or procedure; feeds the printable checklists. */
export const checklistItem = z.strictObject({
  /** Stable kebab-case id, unique within the page: used to remember ticks. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case' }),
  /** What to do, as an instruction: "Arrange for an adult to drive you home." */
  text: z.string().min(5),
  /** When it applies. */
  when: z.enum(['days-before', 'day-before', 'day-of', 'bring']),
});
