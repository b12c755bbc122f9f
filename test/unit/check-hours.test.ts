/** A day of server checks counted by clock hour, as the status bars draw it. */
import { describe, expect, it } from 'vitest';
import { checksByHour, HOURS_SHOWN } from '../../src/world/server-check/hours.js';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 5, 15, 42);

describe('checks by hour', () => {
  it('gives 24 clock hours, the current one last, empty without checks', () => {
    const hours = checksByHour([], now);
    expect(hours).toHaveLength(HOURS_SHOWN);
    expect(new Date(hours.at(-1)!.start).toISOString()).toBe('2026-12-05T15:00:00.000Z');
    expect(new Date(hours[0]!.start).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(hours.every((hour) => hour.checks === 0 && hour.good === 0)).toBe(true);
  });

  it('counts each check in its hour and leaves out checks before the first', () => {
    const hours = checksByHour(
      [
        { at: Date.UTC(2026, 11, 4, 15, 59), ok: false },
        { at: Date.UTC(2026, 11, 4, 16, 0), ok: true },
        { at: now - 10 * 60 * 1000, ok: true },
        { at: now - 5 * 60 * 1000, ok: false },
        { at: now, ok: true },
      ],
      now,
    );
    expect(hours[0]).toMatchObject({ checks: 1, good: 1 });
    expect(hours.at(-1)).toMatchObject({ checks: 3, good: 2 });
    expect(hours.reduce((sum, hour) => sum + hour.checks, 0)).toBe(4);
    expect(hours[12]!.start - hours[11]!.start).toBe(HOUR);
  });
});
