/**
 * The whole port table with the provider's advice, one table per server, in the order the API
 * gives (the provider's advice).
 */
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import type { PortTableRow } from './data.js';
import { pageTexts } from './texts.js';

/** The port table section for `rows`. */
export function portTableSection(locale: Locale, rows: readonly PortTableRow[]): string {
  const t = pageTexts(locale);
  const hosts = [...new Set(rows.map((row) => row.hostName))];
  const tables = hosts.map((host) => {
    const body = rows
      .filter((row) => row.hostName === host)
      .map(
        (row) =>
          `<tr class="${row.advice.toLowerCase().replace('_', '-')}"><td>${row.protocol}</td><td>${row.port}</td><td>${escapeHtml(row.securityLabel)}</td><td>${escapeHtml(row.adviceLabel)}</td></tr>`,
      );
    return `<table class="ports">
<caption>${escapeHtml(t('portsCaption', { host }))}</caption>
<thead><tr><th scope="col">${escapeHtml(t('columnProtocol'))}</th><th scope="col">${escapeHtml(t('columnPort'))}</th><th scope="col">${escapeHtml(t('columnEncryption'))}</th><th scope="col">${escapeHtml(t('columnAdvice'))}</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>`;
  });
  return `<section id="ports" aria-labelledby="ports-title">
<h2 id="ports-title">${escapeHtml(t('portsTitle'))}</h2>
<p>${escapeHtml(t('portsLead'))}</p>
${tables.join('\n')}
</section>`;
}
