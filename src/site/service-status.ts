/**
 * Whether the provider's servers answer as the port table says, from the scheduled checks: one
 * line near the settings (all good, or each failing endpoint with what it means for the reader),
 * and per endpoint a bar of the last 24 hours, drawn as SVG on the server so no script is needed.
 */
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import type { EndpointStatusRow } from './data.js';
import { pageTexts, type PageTexts } from './texts.js';

/** The element id of this section, which the troubleshooting section links to. */
export const STATUS_ID = 'status';

/** Checks run every few minutes; a newest check older than this means they have stopped. */
const STALE_AFTER_MS = 60 * 60 * 1000;

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * One of Intl's formatters per language, made on first use and kept: a page names a time for every
 * endpoint. Marked pure, so the page's script, which needs only this module's id, leaves them out.
 */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}
const relativeTime = /* @__PURE__ */ perLocale((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const percent = /* @__PURE__ */ perLocale(
  (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
);

/** How long before `now` `at` was, in words ("2 minutes ago", "vor 2 Minuten"). */
export function timeAgo(locale: Locale, at: number, now: number): string {
  const format = relativeTime(locale);
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR_MS) return format.format(-Math.floor(elapsed / MINUTE_MS), 'minute');
  if (elapsed < 48 * HOUR_MS) return format.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return format.format(-Math.floor(elapsed / (24 * HOUR_MS)), 'day');
}

/** True when the endpoint was checked and judged (port 25 never is: the edge may not reach it). */
const judged = (row: EndpointStatusRow) => row.lastCheck !== null && row.lastCheck.failure !== 'NOT_CHECKABLE';

/** The endpoint in words: protocol, port, encryption and host. */
const endpointName = (t: PageTexts, { endpoint }: EndpointStatusRow) =>
  t('statusEndpoint', {
    protocol: endpoint.protocol,
    port: endpoint.port,
    security: endpoint.securityLabel,
    host: endpoint.hostName,
  });

/** An encrypted endpoint of the same protocol that was good, which the reader may use meanwhile. */
const alternativeTo = (failed: EndpointStatusRow, rows: readonly EndpointStatusRow[]) =>
  rows.find(
    (row) =>
      row.endpoint.protocol === failed.endpoint.protocol &&
      row.endpoint.security !== 'NONE' &&
      row.lastCheck?.good === true,
  );

/** One failing endpoint: why, what it means for the reader, and what to use meanwhile. */
function failureItem(t: PageTexts, row: EndpointStatusRow, rows: readonly EndpointStatusRow[]): string {
  const meaning = t(row.endpoint.protocol === 'SMTP' ? 'statusMeaningOutgoing' : 'statusMeaningIncoming');
  const alternative = alternativeTo(row, rows);
  const meanwhile =
    alternative === undefined
      ? ''
      : ` ${t('statusAlternative', {
          protocol: alternative.endpoint.protocol,
          port: alternative.endpoint.port,
          security: alternative.endpoint.securityLabel,
        })}`;
  return `<li><strong>${escapeHtml(endpointName(t, row))}</strong>: ${escapeHtml(`${row.lastCheck?.failureReason ?? ''} ${meaning}${meanwhile}`)}</li>`;
}

/** The one line (or list) that says whether everything answered. */
function summary(t: PageTexts, locale: Locale, rows: readonly EndpointStatusRow[], now: number): string {
  const checked = rows.filter(judged);
  if (checked.length === 0) return `<p class="status-line">${escapeHtml(t('statusNone'))}</p>`;
  const newest = Math.max(...checked.map((row) => Date.parse(row.lastCheck?.checkedAt ?? '')));
  const ago = timeAgo(locale, newest, now);
  const stale = now - newest > STALE_AFTER_MS ? `\n<p class="hint">${escapeHtml(t('statusStale'))}</p>` : '';
  const failed = checked.filter((row) => row.lastCheck?.good === false);
  if (failed.length === 0) return `<p class="status-line good">${escapeHtml(t('statusAllGood', { ago }))}</p>${stale}`;
  return `<div class="status-line failed">
<p>${escapeHtml(t('statusSomeFailed', { ago }))}</p>
<ul>
${failed.map((row) => failureItem(t, row, rows)).join('\n')}
</ul>
</div>${stale}`;
}

const BAR_WIDTH = 8;
const BAR_GAP = 2;
const BAR_HEIGHT = 20;

/** A day of checks as 24 bars, with its reading in words for assistive technology. */
function dayBars(t: PageTexts, hours: EndpointStatusRow['lastDayByHour']): string {
  const kind = (hour: (typeof hours)[number]) =>
    hour.checks === 0 ? 'none' : hour.goodChecks === hour.checks ? 'good' : 'failed';
  const count = (name: string) => hours.filter((hour) => kind(hour) === name).length;
  const label = t('statusBars', { good: count('good'), failed: count('failed'), none: count('none') });
  const width = hours.length * (BAR_WIDTH + BAR_GAP) - BAR_GAP;
  const bars = hours.map(
    (hour, i) =>
      `<rect class="${kind(hour)}" x="${i * (BAR_WIDTH + BAR_GAP)}" y="0" width="${BAR_WIDTH}" height="${BAR_HEIGHT}"/>`,
  );
  return `<svg class="bars" viewBox="0 0 ${width} ${BAR_HEIGHT}" width="${width}" height="${BAR_HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${bars.join('')}</svg>`;
}

/** Each endpoint's last check and its day, as a table. */
function history(t: PageTexts, locale: Locale, rows: readonly EndpointStatusRow[], now: number): string {
  const body = rows.map((row) => {
    const check = row.lastCheck;
    const last =
      check === null
        ? t('statusNotChecked')
        : `${check.good ? t('statusGood') : (check.failureReason ?? '')} (${timeAgo(locale, Date.parse(check.checkedAt), now)})`;
    const share = row.goodShareLast24Hours;
    const day = judged(row)
      ? `${dayBars(t, row.lastDayByHour)}${share === null ? '' : `<br>${escapeHtml(t('statusGoodShare', { share: percent(locale).format(share) }))}`}`
      : '';
    return `<tr><th scope="row">${escapeHtml(endpointName(t, row))}</th><td>${escapeHtml(last)}</td><td>${day}</td></tr>`;
  });
  return `<details class="status-history">
<summary>${escapeHtml(t('statusHistory'))}</summary>
<p class="hint">${escapeHtml(t('statusHistoryLead'))}</p>
<table class="status">
<thead><tr><th scope="col">${escapeHtml(t('columnServer'))}</th><th scope="col">${escapeHtml(t('columnLastCheck'))}</th><th scope="col">${escapeHtml(t('columnLastDay'))}</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</details>`;
}

/** The status section for `rows` as of `now`; without any check yet, it says so. */
export function serviceStatusSection(locale: Locale, rows: readonly EndpointStatusRow[], now: number): string {
  const t = pageTexts(locale);
  return `<section id="${STATUS_ID}" aria-labelledby="status-title">
<h2 id="status-title">${escapeHtml(t('statusTitle'))}</h2>
${summary(t, locale, rows, now)}
${rows.some((row) => row.lastCheck !== null) ? history(t, locale, rows, now) : ''}
</section>`;
}
