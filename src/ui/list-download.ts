/** The list's "data out": what it shows (after the filters) saved as a spreadsheet or as GeoJSON. */
import { html, type TemplateResult } from 'lit';
import { networkCsv, networkGeoJson } from '../data/data-export.js';
import type { Selection } from '../data/selectors.js';
import type { Collaborations } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import { saveFile } from '../present/save-file.js';

/** Saves the text the button asked for as a file, its link beside the button. */
const save = (e: Event, name: string, type: string, text: string): void => saveFile(new Blob([text], { type }), name, e.currentTarget as Element);

export function listDownload(data: Collaborations, selection: Selection, msg: Messages): TemplateResult {
  return html`<div class="list-download" role="group" aria-label=${msg.downloadData}>
    <span>${msg.downloadData}:</span>
    <button type="button" data-download="csv" @click=${(e: Event) => save(e, 'partner-map-network.csv', 'text/csv;charset=utf-8', networkCsv(selection))}>
      ${msg.dataCsv}
    </button>
    <button
      type="button"
      data-download="geojson"
      @click=${(e: Event) => save(e, 'partner-map-network.geojson', 'application/geo+json', JSON.stringify(networkGeoJson(data, selection), null, 1))}
    >
      GeoJSON
    </button>
  </div>`;
}
