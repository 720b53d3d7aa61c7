/** Site settings: one validated entry, `site`, in content/site.yaml. */
import { z } from 'astro/zod';

const phone = z.string().regex(/^[0-9 +()-]{3,20}$/, { message: 'must be a phone number of digits, spaces, +, ( ) or -' });

export const settingsSchema = z.strictObject({
  /** The site's name, shown in the header and page titles. */
  name: z.string().min(2).max(60),
  /** A short line under the name. */
  tagline: z.string().min(5).max(120),
  /** The number to call in an emergency where the readers live. */
  emergencyNumber: z
    .string()
    .regex(/^[0-9]{2,4}$/, { message: 'must be 2 to 4 digits, such as 911, 999 or 112' })
    .default('911'),
  /** Poison Control, for signs of taking too much of a medicine (US: 1-800-222-1222). */
  poisonControlNumber: phone.default('1-800-222-1222'),
  /** The suicide and crisis line (US: 988). */
  crisisLineNumber: phone.default('988'),
  /** Optional contact details of the clinic that publishes the site. */
  clinic: z
    .strictObject({
      name: z.string().min(2),
      phone,
      address: z.string().min(5).optional(),
      hours: z.string().min(3).optional(),
    })
    .optional(),
  /** Optional details for referring clinicians. */
  referral: z
    .strictObject({
      fax: phone.optional(),
      phone: phone.optional(),
      email: z.email().optional(),
      notes: z.string().min(5).optional(),
    })
    .optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
