/** The details panel: a non-modal dialog around the details of a partner, project, country, event or group. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { DetailsTarget } from '../map/map-input.js';
import { countryDetails, eventDetails, partnerDetails, projectDetails, type DetailsContext } from '../ui/details.js';
import { groupDetails } from '../ui/group-details.js';

export function detailsPanel(ctx: DetailsContext, target: DetailsTarget | undefined, msg: Messages, onClose: () => void): TemplateResult | typeof nothing {
  if (!target) return nothing;
  const body =
    target.kind === 'partner'
      ? partnerDetails(ctx, target.partner)
      : target.kind === 'project'
        ? projectDetails(ctx, target.project)
        : target.kind === 'country'
          ? countryDetails(ctx, target.country)
          : target.kind === 'group'
            ? groupDetails(ctx, target.members, target.total, target.events)
            : eventDetails(ctx, target.event);
  // A non-modal dialog: named by its heading, not a landmark, so several widgets never repeat one.
  return html`<section class="drawer" part="details" role="dialog" aria-modal="false" aria-labelledby="details-title" data-kind=${target.kind}>
    <div class="drawer-bar">
      <span class="kind">${msg.kinds[target.kind]}</span>
      <button type="button" class="close" aria-label=${msg.close} title=${msg.close} @click=${onClose}>×</button>
    </div>
    ${body}
  </section>`;
}

/** Problems listed inside the widget; the data-error event carries them all. */
const ERRORS_SHOWN = 50;

export function dataProblems(errors: readonly { readonly path: string; readonly message: string }[], msg: Messages): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  // The alert is the box around the disclosure (role="alert" on <details> would hide what it is);
  // the problems are the validator's, in English for the developer: marked so (3.1.2).
  return html`<div role="alert" class="errors-box">
    <details class="errors">
      <summary>${msg.dataProblems(errors.length)}</summary>
      <ul>
        ${errors.slice(0, ERRORS_SHOWN).map((e) => html`<li lang="en"><code>${e.path}</code> ${e.message}</li>`)}
        ${errors.length > ERRORS_SHOWN ? html`<li>${msg.moreProblems(errors.length - ERRORS_SHOWN)}</li>` : nothing}
      </ul>
    </details>
  </div>`;
}
