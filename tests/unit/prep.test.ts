import { describe, expect, it } from 'vitest';
import { duplicateIds, groupPrep } from '../../src/lib/prep.ts';
import { checklist } from '../../src/schemas/common.ts';

describe('preparation items', () => {
  it('groups items in reading order, days before to after, dropping empty groups', () => {
    const groups = groupPrep([
      { id: 'a', when: 'after' as const },
      { id: 'b', when: 'days-before' as const },
      { id: 'c', when: 'after' as const },
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['In the days before', ['b']],
      ['After you get home', ['a', 'c']],
    ]);
  });
  it('finds ids used twice, and the schema refuses them with the id named', () => {
    expect(duplicateIds([{ id: 'x' }, { id: 'y' }, { id: 'x' }, { id: 'x' }])).toEqual(['x']);
    const item = { id: 'driver', text: 'Arrange a driver home.', when: 'days-before', trigger: 'sedation' };
    expect(checklist.safeParse([item]).success).toBe(true);
    const r = checklist.safeParse([item, item]);
    expect(r.error?.issues[0]?.message).toMatch(/id "driver" is used twice/);
    expect(checklist.safeParse([{ ...item, trigger: 'tuesday' }]).success).toBe(false);
    expect(checklist.safeParse([{ ...item, trigger: undefined }]).data?.[0]?.trigger).toBe('everyone');
  });
});
