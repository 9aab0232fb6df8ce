/** Details of a group of partners that share one place (a large network's group that never splits). */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisiblePartner } from '../data/selectors.js';
import { formatCount } from '../i18n/format.js';
import { partnerList, type DetailsContext } from './details.js';

export function groupDetails(ctx: DetailsContext, members: readonly VisiblePartner[], total: number): TemplateResult {
  const first = members[0]?.partner;
  return html`<article class="details" lang=${ctx.lang}>
    <h3 id="details-title" tabindex="-1">${ctx.msg.groupHere(formatCount(ctx.lang, total))}</h3>
    ${first ? html`<p class="meta">${first.city}</p>` : nothing}
    ${partnerList(
      ctx,
      members.map((v) => v.partner),
      total,
    )}
  </article>`;
}
