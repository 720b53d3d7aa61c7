import { describe, expect, it } from 'vitest';
import { careHeading, carePrefix, groupByUrgency } from '../../src/lib/care.ts';

describe('care cards', () => {
  it('puts the emergency number from settings in the emergency heading', () => {
    expect(careHeading('emergency', '999')).toBe('Call 999 or go to the emergency department now if you:');
  });
  it('gives every level one call to action ending in a colon and a hidden prefix', () => {
    for (const u of ['emergency', 'urgent', 'soon', 'routine'] as const) {
      expect(careHeading(u, '911')).toMatch(/:$/);
      expect(carePrefix(u)).toMatch(/:$/);
    }
  });
  it('orders groups most urgent first and keeps order within a level', () => {
    const groups = groupByUrgency([
      { urgency: 'soon' as const, symptom: 'a' },
      { urgency: 'emergency' as const, symptom: 'b' },
      { urgency: 'soon' as const, symptom: 'c' },
    ]);
    expect(groups.map((g) => [g.urgency, g.items.map((i) => i.symptom)])).toEqual([
      ['emergency', ['b']],
      ['soon', ['a', 'c']],
    ]);
  });
});
