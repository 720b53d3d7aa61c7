import { describe, expect, it } from 'vitest';
import { formatDate, isOverdue, isValidIsoDate, todayIso } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('26-01-01')).toBe(false);
    expect(isValidIsoDate('2026-1-1')).toBe(false);
  });
  it('flags a review date that has passed', () => {
    expect(isOverdue('2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue('2026-01-02', '2026-01-02')).toBe(false);
  });
  it('formats dates for readers and gives today in UTC', () => {
    expect(formatDate('2026-03-05')).toBe('5 March 2026');
    expect(todayIso(new Date('2026-11-22T23:59:00Z'))).toBe('2026-11-22');
  });
});
