import { describe, expect, it } from 'vitest';
import { timestampOf } from './timestamp.ts';

describe('timestampOf', () => {
  it('turns a day, a month or a year into the start of it, in UTC', () => {
    expect(timestampOf('2026-03-16')).toBe('2026-03-16T00:00:00Z');
    expect(timestampOf('2025-01')).toBe('2025-01-01T00:00:00Z');
    expect(timestampOf('2024')).toBe('2024-01-01T00:00:00Z');
  });

  it('refuses what is not a dataset date', () => {
    expect(() => timestampOf('16 March 2026')).toThrow(/Not a dataset date/);
  });
});
