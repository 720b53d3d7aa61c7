/** Components rendered with Astro's Container API: what a screen reader and a printer get. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CareCard from '../../src/components/CareCard.astro';
import CareCards from '../../src/components/CareCards.astro';
import TreatmentLadder from '../../src/components/TreatmentLadder.astro';

const container = await AstroContainer.create();

describe('CareCard', () => {
  it('announces its urgency to screen readers and puts the emergency number in its one call to action', async () => {
    const html = await container.renderToString(CareCard, {
      props: { urgency: 'emergency', symptoms: ['cannot pee'], emergencyNumber: '999' },
    });
    expect(html).toMatch(/<span class="visually-hidden"[^>]*>Emergency: <\/span>Call 999 or go to the emergency department now if you:/);
    expect(html).toContain('<li');
    expect(html).toContain('href="tel:999"');
  });
  it('orders a page\'s cards most urgent first', async () => {
    const html = await container.renderToString(CareCards, {
      props: {
        emergencyNumber: '911',
        care: [
          { urgency: 'routine', symptom: 'feel a bit stiff' },
          { urgency: 'urgent', symptom: 'have a fever' },
        ],
      },
    });
    expect(html.indexOf('care-card--urgent')).toBeGreaterThan(-1);
    expect(html.indexOf('care-card--urgent')).toBeLessThan(html.indexOf('care-card--routine'));
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
