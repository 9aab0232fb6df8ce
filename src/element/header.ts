/** The title bar: title, summary, search, the map/list switch and, on phones, the filters' toggle. */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { search, type SearchInput } from '../ui/search.js';

export interface HeaderInput {
  readonly msg: Messages;
  /** The title: the host's `heading`, a partner's view's; the widget's own when absent. */
  readonly title?: string;
  readonly summary: string;
  readonly search: SearchInput;
  readonly isList: boolean;
  readonly panelsOpen: boolean;
  readonly onView: (view: 'map' | 'list') => void;
  readonly onPanels: () => void;
}

export function header({ msg, title, summary, search: s, isList, panelsOpen, onView, onPanels }: HeaderInput): TemplateResult {
  return html`<div class="header" part="header">
    <div class="titles">
      <h2><slot name="heading">${title ?? msg.title}</slot></h2>
      <p class="summary" id="summary">${summary}</p>
    </div>
    <div class="tools">
      ${search(s)}
      <div class="switch" role="group" aria-label=${msg.view}>
        <button type="button" data-view="map" aria-pressed=${isList ? 'false' : 'true'} @click=${() => onView('map')}>${msg.mapView}</button>
        <button type="button" data-view="list" aria-pressed=${isList ? 'true' : 'false'} @click=${() => onView('list')}>${msg.listView}</button>
      </div>
      <button type="button" class="panels-toggle" aria-expanded=${panelsOpen ? 'true' : 'false'} aria-controls="filters" @click=${onPanels}>
        ${msg.filters}
      </button>
    </div>
  </div>`;
}

/** The map's own zoom buttons (Leaflet's are HTML sinks with English names). */
export function zoomButtons(msg: Messages, zoomIn: () => void, zoomOut: () => void, fitAll: () => void): TemplateResult {
  return html`<div class="zoom" role="group">
    <button type="button" class="zoom-in" title=${msg.zoomIn} aria-label=${msg.zoomIn} @click=${zoomIn}>+</button>
    <button type="button" class="zoom-out" title=${msg.zoomOut} aria-label=${msg.zoomOut} @click=${zoomOut}>−</button>
    <button type="button" class="fit" title=${msg.fitAll} aria-label=${msg.fitAll} @click=${fitAll}>⤢</button>
  </div>`;
}
