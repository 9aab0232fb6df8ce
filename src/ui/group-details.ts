/** Details of a group of partners (and events) that share one place: a large network's group that
 *  never splits, or marks at one address (Biocat and the ONCO Emergence Forum it hosted). */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisiblePartner } from '../data/selectors.js';
import type { CollabEvent } from '../data/types.js';
import { formatCount } from '../i18n/format.js';
import { partnerList, type DetailsContext } from './details.js';
import { capped } from './capped.js';

export function groupDetails(ctx: DetailsContext, members: readonly VisiblePartner[], total: number, events: readonly CollabEvent[] = []): TemplateResult {
  const first = members[0]?.partner;
  const city = first?.city ?? events[0]?.city;
  return html`<article class="details" lang=${ctx.lang}>
    <h3 id="details-title" tabindex="-1">${events.length ? city : ctx.msg.groupHere(formatCount(ctx.lang, total))}</h3>
    ${city && !events.length ? html`<p class="meta">${city}</p>` : nothing} ${members.length ? partnerList(ctx, members, total) : nothing}
    ${
      events.length
        ? html`<ul class="plain">
            ${capped(
              events,
              (e) =>
                html`<li>
                  <button type="button" class="link-button" data-event=${e.id} @click=${() => ctx.open({ kind: 'event', event: e })}>◆ ${e.name}</button>${
                    e.city ? ` · ${e.city}` : ''
                  }
                </li>`,
              (n) => ctx.msg.moreItems(formatCount(ctx.lang, n)),
            )}
          </ul>`
        : nothing
    }
  </article>`;
}
