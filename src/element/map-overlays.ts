/** What lies over the map: legend, zoom buttons, tools, an empty-filter note and the attribution. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { legend, type LegendInput } from '../ui/legend.js';
import { panButtons, zoomButtons } from './header.js';
import { tools, type ToolsInput } from './tools.js';

export interface OverlaysInput {
  readonly msg: Messages;
  readonly legend: LegendInput;
  readonly tools: ToolsInput;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fitAll: () => void;
  /** Pans by fractions of the map's width and height. */
  readonly pan: (dx: number, dy: number) => void;
  readonly tilesAttribution: string | undefined;
  /** The reach inset (or nothing). */
  readonly inset: TemplateResult | typeof nothing;
}

export function mapOverlays({
  msg,
  legend: legendInput,
  tools: toolsInput,
  zoomIn,
  zoomOut,
  fitAll,
  pan,
  tilesAttribution,
  inset,
}: OverlaysInput): TemplateResult {
  return html`${legend(legendInput)} ${zoomButtons(msg, zoomIn, zoomOut, fitAll)} ${panButtons(msg, pan)} ${tools(toolsInput)}
    ${legendInput.selection.projects.length ? nothing : html`<p class="empty">${msg.noProjects}</p>`} ${inset}
    <p class="attribution">Leaflet · ${msg.basemap}${tilesAttribution ? html` · ${tilesAttribution}` : nothing}</p>`;
}
