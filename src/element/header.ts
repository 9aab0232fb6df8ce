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
      <div class="switch" role="radiogroup" aria-label=${msg.view} @keydown=${switchKey(isList, onView)}>
        ${(['map', 'list'] as const).map((v) => {
          const on = isList === (v === 'list');
          return html`<button type="button" role="radio" data-view=${v} aria-checked=${on} tabindex=${on ? 0 : -1} @click=${() => onView(v)}>
            ${v === 'map' ? msg.mapView : msg.listView}
          </button>`;
        })}
      </div>
      <button type="button" class="panels-toggle" aria-expanded=${panelsOpen ? 'true' : 'false'} aria-controls="filters" @click=${onPanels}>
        ${msg.filters}
      </button>
    </div>
  </div>`;
}

/** Map/List is a radio group: one Tab stop, the arrows move to the other view and choose it. */
const switchKey = (isList: boolean, onView: (view: 'map' | 'list') => void) => (e: KeyboardEvent) => {
  if (!e.key.startsWith('Arrow')) return;
  e.preventDefault();
  const next = isList ? 'map' : 'list';
  onView(next);
  (e.currentTarget as Element).querySelector<HTMLElement>(`[data-view=${next}]`)?.focus();
};

/** Pan buttons (WCAG 2.5.7: panning without a drag), north, east, south, west: a quarter of the map a press. */
const PAN = [
  [0, -1, '↑'],
  [1, 0, '→'],
  [0, 1, '↓'],
  [-1, 0, '←'],
] as const;

export function panButtons(msg: Messages, pan: (dx: number, dy: number) => void): TemplateResult {
  return html`<div class="pan" role="group" aria-label=${msg.pan}>
    ${PAN.map(([x, y, arrow], i) => html`<button type="button" title=${msg.panDirections[i] ?? ''} aria-label=${msg.panDirections[i] ?? ''} @click=${() => pan(x / 4, y / 4)}>${arrow}</button>`)}
  </div>`;
}

/** The map's own zoom buttons (Leaflet's are HTML sinks with English names). */
export function zoomButtons(msg: Messages, zoomIn: () => void, zoomOut: () => void, fitAll: () => void): TemplateResult {
  return html`<div class="zoom" role="group" aria-label=${msg.zoom}>
    <button type="button" class="zoom-in" title=${msg.zoomIn} aria-label=${msg.zoomIn} @click=${zoomIn}>+</button>
    <button type="button" class="zoom-out" title=${msg.zoomOut} aria-label=${msg.zoomOut} @click=${zoomOut}>−</button>
    <button type="button" class="fit" title=${msg.fitAll} aria-label=${msg.fitAll} @click=${fitAll}>⤢</button>
  </div>`;
}
