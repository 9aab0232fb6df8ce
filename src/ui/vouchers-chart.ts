/** A project's vouchers as a small horizontal bar chart: one labelled bar per kind. */
import { html, svg, type TemplateResult } from 'lit';
import { scaleBand } from 'd3-scale';
import type { Voucher } from '../data/types.js';
import { formatCount } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';

const WIDTH = 280;
const LABEL = 128;
const ROW = 22;

export function vouchersChart(vouchers: readonly Voucher[], colour: string, lang: Lang, msg: Messages): TemplateResult {
  const total = vouchers.reduce((s, v) => s + v.count, 0);
  const max = Math.max(1, ...vouchers.map((v) => v.count));
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
      aria-label=${`${title}: ${vouchers.map((v) => `${msg.voucherKinds[v.kind] ?? v.kind} ${formatCount(lang, v.count)}`).join(', ')}`}
    >
      ${vouchers.map((v, i) => {
        const y = rows(i) ?? 0;
        const h = rows.bandwidth();
        return svg`<g class="bar" data-kind=${v.kind} data-count=${v.count}>
          <text x=${LABEL - 6} y=${y + h / 2} text-anchor="end" dominant-baseline="central">${msg.voucherKinds[v.kind] ?? v.kind}</text>
          <rect x=${LABEL} y=${y} width=${length(v.count)} height=${h} rx="2" fill=${colour}></rect>
          <text class="value" x=${LABEL + length(v.count) + 4} y=${y + h / 2} dominant-baseline="central">${formatCount(lang, v.count)}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}
