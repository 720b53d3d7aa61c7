/**
 * Schema pieces shared by several collections. Every field carries a comment that says
 * what an editor must put there. Imports only `astro/zod` and pure rules from src/lib.
 */
import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/dates.ts';
import { PREP_TRIGGERS, PREP_WHEN, duplicateIds } from '../lib/prep.ts';
import { URGENCIES } from '../lib/care.ts';

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
export const urgency = z.enum(URGENCIES);

/** Short plain-language lines, at least one. */
export const lines = z.array(z.string().min(3)).min(1);

/** A do / don't self-care list. */
export const doDont = z.strictObject({
  /** Things that help. */
  do: lines,
  /** Things to avoid. */
  dont: lines,
});

/** One thing to do or bring before, on the day of, or after a procedure; feeds the printable checklists. */
export const checklistItem = z.strictObject({
  /** Stable kebab-case id, unique within the page: used to remember ticks. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case' }),
  /** What to do, as an instruction: "Arrange for an adult to drive you home." */
  text: z.string().min(5),
  /** When it applies: days-before, day-before, day-of, bring, or after. */
  when: z.enum(PREP_WHEN),
  /** Who it applies to: everyone, or readers with a situation (sedation, blood-thinner, diabetes …). */
  trigger: z.enum(PREP_TRIGGERS).default('everyone'),
});

/** A checklist whose ids are unique within the page. */
export const checklist = z
  .array(checklistItem)
  .min(1)
  .superRefine((items, ctx) => {
    for (const id of duplicateIds(items)) ctx.addIssue({ code: 'custom', message: `id "${id}" is used twice; ids must be unique on a page` });
  });
