/** Schema rules, tested on the schema pieces themselves (astro:content is not available under Vitest). */
import { describe, expect, it } from 'vitest';
import { checklistItem, isoDate, review, source, sources } from '../../src/schemas/common.ts';
import { referral } from '../../src/schemas/entries.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { warningSign } from '../../src/schemas/warning-sign.ts';
import { z } from 'astro/zod';

const src = { publisher: 'NICE', title: 'Low back pain', year: 2020, url: 'https://www.nice.org.uk/guidance/ng59' };
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('schema rules', () => {
  it('requires quoted, real dates', () => {
    expect(isoDate.safeParse('2026-11-01').success).toBe(true);
    expect(messages(isoDate.safeParse('2026-02-30'))[0]).toMatch(/real calendar date/);
    expect(messages(isoDate.safeParse(new Date('2026-01-01')))[0]).toMatch(/in quotes/);
  });
  it('rejects a next review that is not after the last review', () => {
    const r = review.safeParse({ lastReviewed: '2026-11-01', nextReview: '2026-10-01', reviewer: 'Editorial team' });
    expect(messages(r)).toEqual(['nextReview: nextReview must be after lastReviewed']);
  });
  it('needs two sources with https addresses', () => {
    expect(messages(sources.safeParse([src]))[0]).toMatch(/at least two sources/);
    expect(source.safeParse({ ...src, url: 'http://example.org' }).success).toBe(false);
    expect(source.safeParse({ ...src, extra: 1 }).success).toBe(false);
    expect(sources.safeParse([src, src]).success).toBe(true);
  });
  it('gives a register sign one known urgency, a known action, and phrases when it is a red flag', () => {
    const sign = warningSign(z.string());
    const ok = { sign: 'cannot pee at all', urgency: 'emergency', topic: 'back-and-neck', phrases: ["can't pee"] };
    expect(sign.safeParse(ok).success).toBe(true);
    expect(messages(sign.safeParse({ ...ok, phrases: [] }))[0]).toMatch(/^phrases: an emergency or urgent sign needs at least one phrase/);
    expect(sign.safeParse({ ...ok, urgency: 'soon', phrases: [] }).success).toBe(true);
    expect(sign.safeParse({ ...ok, urgency: 'now' }).success).toBe(false);
    expect(sign.safeParse({ ...ok, action: 'call-mum' }).success).toBe(false);
  });
  it('keeps checklist ids kebab-case', () => {
    expect(checklistItem.safeParse({ id: 'bring-driver', text: 'Bring a driver', when: 'day-of' }).success).toBe(true);
    expect(checklistItem.safeParse({ id: 'rest', text: 'Rest at home', when: 'after', trigger: 'sedation' }).success).toBe(true);
    expect(checklistItem.safeParse({ id: 'Bring Driver', text: 'Bring a driver', when: 'day-of' }).success).toBe(false);
  });
  it('requires every part of the referral criteria', () => {
    const r = referral.safeParse({ referWhen: ['Pain over 6 weeks'], urgentWhen: [], workUp: ['Exam'], include: ['Meds'] });
    expect(messages(r)[0]).toMatch(/^urgentWhen/);
  });
  it('defaults the emergency number to 911 and rejects a bad one', () => {
    const ok = settingsSchema.parse({ name: 'Site', tagline: 'A tagline' });
    expect(ok.emergencyNumber).toBe('911');
    expect(messages(settingsSchema.safeParse({ name: 'Site', tagline: 'A tagline', emergencyNumber: 'call us' }))[0]).toMatch(/^emergencyNumber: must be 2 to 4 digits/);
  });
});
