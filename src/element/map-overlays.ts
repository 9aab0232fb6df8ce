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
  /** The first data is on its way: no project yet is not "none chosen". */
  readonly loading: boolean;
}

/** On a phone-sized widget the legend starts folded, so the map is not hidden behind it (`folded`
 *  follows). Measured in the next frame, when the browser lays out anyway: measuring at once would
 *  force that layout into the task that defines the element (a long task on the host's page). */
export function foldLegendOnPhones(host: HTMLElement, root: ParentNode, folded: () => void): void {
  requestAnimationFrame(() => {
    const legend = root.querySelector<HTMLDetailsElement>('.legend');
    if (legend && host.offsetWidth > 0 && host.offsetWidth < 900) {
      legend.open = false;
      folded();
    }
  });
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
  loading,
}: OverlaysInput): TemplateResult {
  return html`${legend(legendInput)} ${zoomButtons(msg, zoomIn, zoomOut, fitAll)} ${panButtons(msg, pan)} ${tools(toolsInput)}
    ${legendInput.selection.projects.length || loading ? nothing : html`<p class="empty">${msg.noProjects}</p>`} ${inset}
    <p class="attribution">Leaflet · ${msg.basemap}${tilesAttribution ? html` · ${tilesAttribution}` : nothing}</p>`;
}
