/** Details of a group of partners that share one place (a large network's group that never splits). */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisiblePartner } from '../data/selectors.js';
import { formatCount } from '../i18n/format.js';
import type { DetailsContext } from './details.js';

export function groupDetails(ctx: DetailsContext, members: readonly VisiblePartner[], total: number): TemplateResult {
  const { msg, lang } = ctx;
  const first = members[0]?.partner;
  return html`<article class="details" lang=${lang}>
    <h3 id="details-title" tabindex="-1">${msg.groupHere(formatCount(lang, total))}</h3>
    ${first ? html`<p class="meta">${first.city}</p>` : nothing}
    <ul class="plain">
      ${members.map(({ partner }) => html`<li><button type="button" class="link-button" data-partner=${partner.id} @click=${() => ctx.open({ kind: 'partner', partner })}>${partner.shortName}</button> · ${partner.city}</li>`)}
    </ul>
    ${total > members.length ? html`<p class="meta">${msg.morePartnersHere(formatCount(lang, total - members.length))}</p>` : nothing}
  </article>`;
}
