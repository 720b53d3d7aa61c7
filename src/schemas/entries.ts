/**
 * The fields every content entry shares, and the schema pieces of each entry type that do not
 * need `reference()` (those live in src/content.config.ts, which owns the collections).
 */
import { z } from 'astro/zod';
import { review, sources } from './common.ts';
import { STAGES } from '../lib/ladder.ts';
import { REFERRAL_TIERS } from '../lib/care.ts';

/** Fields on every content page. */
export const baseEntry = {
  /** The page title: the name most readers know it by. */
  title: z.string().min(3).max(80),
  /** One plain sentence, at most 160 characters: used as the summary and in search results. */
  description: z.string().min(20).max(160, { message: 'must be at most 160 characters' }),
  /** Other names people use for it; searched but not shown as headings. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Where the facts come from: at least two. */
  sources,
  /** Review dates and reviewer role. */
  review,
};

/** The kinds of pain a condition can involve. */
export const painType = z.enum(['nociceptive', 'neuropathic', 'nociplastic', 'mixed']);

/** The stages of a treatment plan, least invasive first. */
export const stage = z.enum(STAGES);

/**
 * How fast a clinician should act on a finding, most urgent first: send to the emergency
 * department now; same-day assessment (on-call team, DVT pathway, ophthalmology); urgent
 * referral within 2 weeks. A routine referral is `referWhen`.
 */
export const referralTier = z.enum(REFERRAL_TIERS);

/** What a referring clinician needs: professional language allowed, one idea per line. */
export const referral = z.strictObject({
  /** Situations in which a routine referral to a pain specialist makes sense. */
  referWhen: z.array(z.string().min(5)).min(1),
  /** Findings that need more than a routine referral, each with its tier (see referralTier). */
  urgentWhen: z
    .array(
      z.strictObject({
        /** emergency-department (now), same-day (on-call or same-day assessment), within-2-weeks. */
        tier: referralTier,
        /** The finding, in clinical words. */
        finding: z.string().min(5),
      }),
    )
    .min(1),
  /** Work-up worth doing before the referral. */
  workUp: z.array(z.string().min(5)).min(1),
  /** What the referral letter must contain so it is not returned. */
  include: z.array(z.string().min(5)).min(1),
});

/** Image guidance used for a procedure. */
export const imageGuidance = z.enum(['fluoroscopy', 'ultrasound', 'ct', 'none', 'surgical-microscope']);

/** Anesthesia or sedation options for a procedure. */
export const sedation = z.enum(['local-only', 'light-sedation', 'moderate-sedation', 'general-anesthesia']);

/** Controlled-substance status of a medicine (US schedules). */
export const controlled = z.enum(['not-controlled', 'schedule-ii', 'schedule-iii', 'schedule-iv', 'schedule-v', 'varies-by-medicine', 'varies-by-state']);

/** Who a guide is written for. */
export const audience = z.enum(['patients', 'clinicians', 'both']);
