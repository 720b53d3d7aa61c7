/**
 * The one contract between editors and code: every collection, its loader and its schema.
 * Shared pieces live in src/schemas/. Integrity rules that span collections (dangling
 * references, overdue reviews) run in src/integrations/content-integrity.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checklist, doDont, lines } from './schemas/common.ts';
import { audience, baseEntry, controlled, imageGuidance, painType, referral, sedation, stage } from './schemas/entries.ts';
import { isLeastInvasiveFirst } from './lib/ladder.ts';
import { settingsSchema } from './schemas/settings.ts';
import { warningSign } from './schemas/warning-sign.ts';

/** Where editors' files live; tests point this at a copy to prove that bad content fails. */
const CONTENT = process.env.CONTENT_DIR ?? './content';
const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `${CONTENT}/${folder}` });

/**
 * Care-card data: ids of signs in the warning-signs register. The register owns each sign's
 * wording and its one urgency, so a page cannot give a sign an urgency of its own. The build
 * checks that the list holds at least one emergency or urgent sign (src/lib/integrity.ts).
 */
const signs = () => z.array(reference('warningSigns')).min(1, { message: 'needs at least one warning sign from content/warning-signs/' });

const conditions = defineCollection({
  loader: mdx('conditions'),
  schema: z.strictObject({
    ...baseEntry,
    /** Where in the body it hurts; at least one region. */
    bodyRegions: z.array(reference('bodyRegions')).min(1),
    /** Nociceptive, neuropathic, nociplastic or mixed. */
    painTypes: z.array(painType).min(1),
    /** At least five phrases people use when they search for it: "shooting pain down my leg". */
    symptoms: z.array(z.string().min(3)).min(5, { message: 'needs at least five phrases in patients\' own words' }),
    /** When to get help: red flags and other signs, as ids in the warning-signs register. */
    care: signs(),
    /** The staged plan, least invasive first, with links into the treatment collections. */
    treatmentPlan: z
      .array(
        z.strictObject({
          /** self-care, medicines, therapies, procedures or advanced. */
          stage,
          /** What this step is and when it is used, in plain words. */
          text: z.string().min(10),
          medications: z.array(reference('medications')).default([]),
          therapies: z.array(reference('therapies')).default([]),
          procedures: z.array(reference('procedures')).default([]),
        }),
      )
      .min(2)
      .refine(isLeastInvasiveFirst, {
        message: 'steps must go from least to most invasive: self-care, medicines, therapies, procedures, advanced',
      }),
    /** Self-care that helps and things to avoid. */
    selfCare: doDont,
    /** The realistic course, with the time frames the sources give. */
    outlook: z.string().min(20),
    /** Realistic functional goals: walking distance, sleep, return to work. */
    goals: lines,
    /** Questions to ask at the visit. */
    questions: z.array(z.string().min(5)).min(3),
    /** What to bring to the visit. */
    bring: lines,
    /** For referring clinicians. */
    referral,
    /** Conditions often confused with it or found with it. */
    related: z.array(reference('conditions')).default([]),
  }),
});

const procedures = defineCollection({
  loader: mdx('procedures'),
  schema: z.strictObject({
    ...baseEntry,
    /** Conditions it is used for. */
    treats: z.array(reference('conditions')).min(1),
    /** Who should not have it, or should wait: "an infection on the skin where the needle goes". */
    notFor: lines,
    /** True when a needle, lead or catheter goes into or right beside the spine (spinal warning signs apply). */
    nearSpine: z.boolean(),
    /** How the doctor sees where the needle or device goes. */
    imageGuidance: z.array(imageGuidance).min(1),
    /** Numbing and sedation options. */
    sedation: z.array(sedation).min(1),
    /** How long the procedure itself takes: "15 to 30 minutes". */
    duration: z.string().min(3),
    /** Time in the clinic or hospital from arrival to going home: "About 1 to 2 hours". */
    timeInClinic: z.string().min(3),
    /** The short recovery: "Back to usual activities the next day". */
    recovery: z.string().min(3),
    /** When it is safe to drive and to go back to work. */
    drivingAndWork: z.string().min(10),
    /** When relief may start. */
    reliefStarts: z.string().min(3),
    /** How long relief may last. */
    reliefLasts: z.string().min(3),
    /** Whether and how often it can be repeated. */
    repeatable: z.string().min(3),
    /** Common and rare-but-serious risks, in plain numbers where good sources give them. */
    risks: z.strictObject({ common: lines, serious: lines }),
    /** Before, on the day and after: feeds the printable prep list and the checklist builder. */
    preparation: checklist,
    /** "Call your care team if": warning signs after the procedure, as register ids. */
    care: signs(),
    /** Questions to ask before agreeing to it. */
    questions: z.array(z.string().min(5)).min(3),
    related: z.array(reference('procedures')).default([]),
  }),
});

const medications = defineCollection({
  loader: mdx('medications'),
  schema: z.strictObject({
    ...baseEntry,
    /** The drug class in plain words: "Non-steroidal anti-inflammatory drug (NSAID)". */
    drugClass: z.string().min(3),
    /** Generic names. */
    generics: lines,
    /** Example brand names (examples only, not endorsements). */
    brands: z.array(z.string().min(2)).default([]),
    /** Conditions it treats; empty for a safety medicine that treats no pain condition (naloxone). */
    usedFor: z.array(reference('conditions')).default([]),
    /** How long until it helps, and how a prescriber adjusts it (no personal doses). */
    timeToEffect: z.string().min(10),
    /** Common side effects and how to cope. */
    commonSideEffects: lines,
    /** Serious side effects, as register ids. */
    care: signs(),
    /** Who should not take it or needs extra care. */
    cautions: lines,
    /** Tests or checks while taking it. */
    monitoring: z.array(z.string().min(3)).default([]),
    /** Controlled-substance status. */
    controlled,
    /** Combinations to avoid or to ask about. */
    interactions: lines,
    /** How to stop safely, in words (slowly, with the prescriber); never a schedule. */
    stopping: z.string().min(20),
    questions: z.array(z.string().min(5)).min(3),
    related: z.array(reference('medications')).default([]),
  }),
});

const therapies = defineCollection({
  loader: mdx('therapies'),
  schema: z.strictObject({
    ...baseEntry,
    /** How many sessions, how often, over how long. */
    sessions: z.string().min(5),
    /** Conditions it may help. */
    helps: z.array(reference('conditions')).min(1),
    /** How well it works, in plain and honest words. */
    evidence: z.string().min(20),
    /** What it costs and what insurance usually covers, in general terms. */
    costAndCoverage: z.string().min(20),
    /** How to find a qualified practitioner. */
    findPractitioner: lines,
    /** When to stop and get help, as register ids. */
    care: signs(),
    related: z.array(reference('therapies')).default([]),
  }),
});

const care = defineCollection({
  loader: mdx('care'),
  schema: z.strictObject({
    ...baseEntry,
    /** The signs this page covers, as register ids; the page groups them by urgency. */
    care: signs(),
    relatedConditions: z.array(reference('conditions')).default([]),
    relatedProcedures: z.array(reference('procedures')).default([]),
  }),
});

const guides = defineCollection({
  loader: mdx('guides'),
  schema: z.strictObject({
    ...baseEntry,
    /** Who it is written for; clinician guides are exempt from the reading-grade limit. */
    audience,
    /** Optional warning signs, as register ids, for guides that touch on them. */
    care: z.array(reference('warningSigns')).default([]),
    relatedConditions: z.array(reference('conditions')).default([]),
    relatedGuides: z.array(reference('guides')).default([]),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/glossary` }),
  schema: z.strictObject({
    /** The term as it is usually written. */
    term: z.string().min(2),
    /** A plain definition of one or two sentences. */
    definition: z.string().min(10),
    /** Related terms. */
    seeAlso: z.array(reference('glossary')).default([]),
  }),
});

/** The warning-signs register: one YAML file per sign; the file name is the sign's id. */
const warningSigns = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/warning-signs` }),
  schema: warningSign(reference('warningSigns')),
});

const bodyRegions = defineCollection({
  loader: file(`${CONTENT}/body-regions.yaml`),
  schema: z.strictObject({
    id: z.string(),
    /** The label readers see: "Lower back". */
    label: z.string().min(2),
    /** Position in lists, smallest first. */
    order: z.number().int().min(0),
  }),
});

const settings = defineCollection({
  loader: file(`${CONTENT}/site.yaml`),
  schema: settingsSchema.extend({
    /** The few most important signs, shown on the home page and the when-to-get-help index. */
    keyWarningSigns: z.array(reference('warningSigns')).min(1),
  }),
});

export const collections = { conditions, procedures, medications, therapies, care, guides, glossary, warningSigns, bodyRegions, settings };
