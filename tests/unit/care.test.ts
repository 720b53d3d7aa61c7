import { describe, expect, it } from 'vitest';
import { actionParts, careHeading, carePrefix, groupByTier, groupByUrgency, telHref, tierHeading } from '../../src/lib/care.ts';

/** An action as the reader sees it: its text with the numbers in place. */
const actionText = (...args: Parameters<typeof actionParts>) => actionParts(...args).map((p) => (typeof p === 'string' ? p : p.tel)).join('');

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
  it('words each special action with the numbers from settings', () => {
    const n = { emergencyNumber: '112', poisonControlNumber: '0800 123', crisisLineNumber: '116 123' };
    expect(actionText('poison-control', n)).toMatch(/Poison Control at 0800 123.*Call 112/);
    expect(actionText('crisis-line', n)).toMatch(/text 116 123.*Call 112/);
    expect(actionText('leave-the-building', n)).toMatch(/out into fresh air.*call 112/);
    expect(actionText('labor-and-delivery', n)).toMatch(/labor and delivery unit/);
    // A plan or intent to act is an emergency: the emergency number comes before the crisis line.
    expect(actionText('crisis-now', n)).toMatch(/^Call 112 or go to the nearest emergency department now.*text 116 123/);
  });
  it('marks every number in an action so it can be a tap-to-call link', () => {
    const n = { emergencyNumber: '112', poisonControlNumber: '0800 123', crisisLineNumber: '116 123' };
    const tels = (a: Parameters<typeof actionParts>[0]) => actionParts(a, n).flatMap((p) => (typeof p === 'string' ? [] : [p.tel]));
    expect(tels('poison-control')).toEqual(['0800 123', '112']);
    expect(tels('crisis-line')).toEqual(['116 123', '112']);
    expect(tels('leave-the-building')).toEqual(['112']);
    expect(tels('labor-and-delivery')).toEqual(['112']);
    expect(tels('crisis-now')).toEqual(['112', '116 123']);
    expect([telHref('1-800-222-1222'), telHref('0800 123'), telHref('+1 800 222 1222')]).toEqual(['tel:18002221222', 'tel:0800123', 'tel:+18002221222']);
  });
});

describe('referral tiers', () => {
  it('orders findings emergency department, same day, within 2 weeks', () => {
    const groups = groupByTier([
      { tier: 'within-2-weeks' as const, f: 'a' },
      { tier: 'same-day' as const, f: 'b' },
      { tier: 'emergency-department' as const, f: 'c' },
    ]);
    expect(groups.map((g) => g.tier)).toEqual(['emergency-department', 'same-day', 'within-2-weeks']);
  });
  it('says how fast in every heading, and puts the emergency number in the first', () => {
    expect(tierHeading('emergency-department', '999')).toMatch(/emergency department now \(999\)/);
    expect(tierHeading('same-day', '911')).toMatch(/same-day/i);
    expect(tierHeading('within-2-weeks', '911')).toMatch(/within 2 weeks/);
  });
});
