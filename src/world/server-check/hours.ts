/**
 * A day of server checks as 24 clock hours (UTC), the current one last, for drawing a day's
 * history: each hour with how many checks it had and how many were good.
 */

/** The hours a day's history shows. */
export const HOURS_SHOWN = 24;

const HOUR_MS = 60 * 60 * 1000;

/** One clock hour of checks. */
export interface CheckHour {
  /** Milliseconds since the epoch when the hour began. */
  readonly start: number;
  readonly checks: number;
  readonly good: number;
}

/**
 * The checks in `day` counted by clock hour, for the 24 hours up to and including the one `now`
 * falls in, oldest first; a check outside them counts nowhere.
 */
export function checksByHour(day: readonly { readonly at: number; readonly ok: boolean }[], now: number): CheckHour[] {
  const first = Math.floor(now / HOUR_MS) * HOUR_MS - (HOURS_SHOWN - 1) * HOUR_MS;
  const hours = Array.from({ length: HOURS_SHOWN }, (_, i) => ({ start: first + i * HOUR_MS, checks: 0, good: 0 }));
  for (const { at, ok } of day) {
    const hour = hours[Math.floor((at - first) / HOUR_MS)];
    if (hour === undefined) continue;
    hour.checks += 1;
    if (ok) hour.good += 1;
  }
  return hours;
}
