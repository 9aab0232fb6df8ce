/** What the stage says while data loads: the phase in a live region (announced once each), and
 *  under it a progress bar with the megabytes read (the bar speaks for itself, the figures are
 *  for the eye only, so a screen reader is not told every few kilobytes). */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadProgress } from '../data/load.js';
import { formatCount } from '../i18n/format.js';
import { formatTenths } from '../i18n/tenths.js';
import type { Lang, Messages } from '../i18n/messages.js';

// One chunk: the bar and its styles come together.
export { loadProgressStyles } from './load-progress.styles.js';

/** Bytes as megabytes, to a tenth, without Intl (a page's first Intl number format loads ICU's
 *  number data, ~100 ms in one task), the unit from the messages. */
const mb = (lang: Lang, msg: Messages, bytes: number): string => msg.megabytes(formatTenths(lang, bytes / 1e6));

export function loadProgress(lang: Lang, msg: Messages, progress: LoadProgress | undefined): TemplateResult {
  const phase = progress?.phase === 'checking' && progress.features ? msg.checkingData(formatCount(lang, progress.features)) : msg.loading;
  let bar: TemplateResult | typeof nothing = nothing;
  if (progress?.phase === 'reading') {
    const { done, total } = progress;
    bar = html`<progress max=${total ?? nothing} value=${total ? Math.min(done, total) : nothing} aria-label=${msg.loading}></progress>
      <span class="bytes" aria-hidden="true">${msg.bytesRead(mb(lang, msg, done), total ? mb(lang, msg, total) : undefined)}</span>`;
  } else if (progress?.phase === 'checking') bar = html`<progress aria-label=${phase}></progress>`;
  return html`<div class="loading">
    <p role="status">${phase}</p>
    ${bar}
  </div>`;
}
