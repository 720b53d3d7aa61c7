/** Components rendered with Astro's Container API: what a screen reader and a printer get. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CareCard from '../../src/components/CareCard.astro';
import CareCards from '../../src/components/CareCards.astro';
import ReferralCriteria from '../../src/components/ReferralCriteria.astro';
import TreatmentLadder from '../../src/components/TreatmentLadder.astro';

const container = await AstroContainer.create();

const numbers = { emergencyNumber: '999', poisonControlNumber: '1-800-222-1222', crisisLineNumber: '988' };
const sign = (id: string, urgency: string, text: string, action?: string) => ({ id, urgency, sign: text, topic: 'whole-body', phrases: [], distinctFrom: [], ...(action ? { action } : {}) });

describe('CareCard', () => {
  it('announces its urgency to screen readers and puts the emergency number in its one call to action', async () => {
    const html = await container.renderToString(CareCard, {
      props: { urgency: 'emergency', signs: [sign('cannot-pee', 'emergency', 'cannot pee')], numbers },
    });
    expect(html).toMatch(/<span class="visually-hidden"[^>]*>Emergency: <\/span>Call 999 or go to the emergency department now if you:/);
    expect(html).toMatch(/<li[^>]*data-sign="cannot-pee"[^>]*data-urgency="emergency"[^>]*>cannot pee/);
    expect(html).toContain('href="tel:999"');
  });
  it('replaces the call to action where a sign has its own, with the number from settings', async () => {
    const html = await container.renderToString(CareCard, {
      props: { urgency: 'emergency', signs: [sign('too-much-acetaminophen', 'emergency', 'have taken too much acetaminophen', 'poison-control')], numbers },
    });
    expect(html).toMatch(/too much acetaminophen <strong class="sign-action"[^>]*>Call Poison Control at <a href="tel:18002221222">1-800-222-1222<\/a> now/);
    expect(html, 'the emergency number in the action is a link too').toMatch(/Call <a href="tel:999">999<\/a> if the person/);
  });
});

describe('CareCards', () => {
  it('orders a page\'s cards most urgent first, each sign under its register urgency', async () => {
    const html = await container.renderToString(CareCards, {
      props: { numbers, signs: [sign('stiff', 'routine', 'feel a bit stiff'), sign('fever', 'urgent', 'have a fever')] },
    });
    expect(html.indexOf('care-card--urgent')).toBeGreaterThan(-1);
    expect(html.indexOf('care-card--urgent')).toBeLessThan(html.indexOf('care-card--routine'));
    expect(html.indexOf('data-sign="fever"')).toBeLessThan(html.indexOf('care-card--routine'));
  });
});

describe('ReferralCriteria', () => {
  it('lists the four tiers most urgent first, skipping empty ones', async () => {
    const html = await container.renderToString(ReferralCriteria, {
      props: {
        emergencyNumber: '911',
        referral: {
          referWhen: ['Pain beyond 6 weeks'],
          urgentWhen: [
            { tier: 'within-2-weeks', finding: 'Progressive weakness' },
            { tier: 'emergency-department', finding: 'Cauda equina' },
          ],
          workUp: ['Examination'],
          include: ['Duration'],
        },
      },
    });
    const tiers = [...html.matchAll(/data-tier="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(tiers).toEqual(['emergency-department', 'within-2-weeks', 'routine']);
    expect(html).toContain('Send to the emergency department now (911) when');
    expect(html.indexOf('Cauda equina')).toBeLessThan(html.indexOf('Progressive weakness'));
  });
});

describe('TreatmentLadder', () => {
  it('lists steps in order with their stage labels and links', async () => {
    const html = await container.renderToString(TreatmentLadder, {
      props: {
        steps: [
          { stage: 'self-care', text: 'Keep moving every day.', links: [] },
          { stage: 'procedures', text: 'An injection may help.', links: [{ href: '/procedures/x/', title: 'X injection' }] },
        ],
      },
    });
    expect(html.indexOf('Self-care')).toBeLessThan(html.indexOf('Procedures'));
    expect(html).toContain('<a href="/procedures/x/"');
  });
});
