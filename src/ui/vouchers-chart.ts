/** A project's vouchers as a small horizontal bar chart: one labelled bar per kind. */
import { html, svg, type TemplateResult } from 'lit';
import { scaleBand } from 'd3-scale';
import type { Voucher } from '../data/types.js';
import { formatCount } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';

const WIDTH = 280;
const LABEL = 128;
const ROW = 22;

/** Bars a chart draws: the total counts every voucher, the bars the first kinds (130k kinds would
 *  be 130k bars, and spreading them into Math.max overflowed the stack). */
const MAX_BARS = 40;

/** A kind's name in the language, own keys only (a kind "constructor" is not Object's). */
const kindName = (msg: Messages, kind: string): string =>
  (Object.prototype.hasOwnProperty.call(msg.voucherKinds, kind) ? msg.voucherKinds[kind] : undefined) ?? kind;

export function vouchersChart(all: readonly Voucher[], colour: string, lang: Lang, msg: Messages): TemplateResult {
  const total = all.reduce((s, v) => s + v.count, 0);
  const vouchers = all.slice(0, MAX_BARS);
  const max = vouchers.reduce((m, v) => Math.max(m, v.count), 1);
  const rows = scaleBand<number>()
    .domain(vouchers.map((_, i) => i))
    .range([0, vouchers.length * ROW])
    .paddingInner(0.25);
  // Bar length is proportional to the count; the space after the label, less room for the number.
  const length = (count: number) => (count / max) * (WIDTH - LABEL - 28);
  const title = msg.vouchersChart(formatCount(lang, total));
  return html`<figure class="vouchers">
    <figcaption>${title}</figcaption>
    <svg
      class="vouchers-chart"
      viewBox="0 0 ${WIDTH} ${vouchers.length * ROW}"
      width=${WIDTH}
      height=${vouchers.length * ROW}
      role="img"
      aria-label=${`${title}: ${vouchers.map((v) => `${kindName(msg, v.kind)} ${formatCount(lang, v.count)}`).join(', ')}`}
    >
      ${vouchers.map((v, i) => {
        const y = rows(i) ?? 0;
        const h = rows.bandwidth();
        return svg`<g class="bar" data-kind=${v.kind} data-count=${v.count}>
          <text x=${LABEL - 6} y=${y + h / 2} text-anchor="end" dominant-baseline="central">${kindName(msg, v.kind)}</text>
          <rect x=${LABEL} y=${y} width=${length(v.count)} height=${h} rx="2" fill=${colour}></rect>
          <text class="value" x=${LABEL + length(v.count) + 4} y=${y + h / 2} dominant-baseline="central">${formatCount(lang, v.count)}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}
