/** The element's exports: the map as drawn now, as SVG text or a PNG blob, and their download. */
import { isLead, type VisiblePartner } from '../data/selectors.js';
import type { LayerName } from '../data/types.js';
import { formatCompact } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { MapController } from '../map/map-controller.js';
import { exportSvg, svgToPng, type ExportInput } from '../present/svg-export.js';
import type { ViewModel } from './view-model.js';

export interface ExportState {
  readonly host: HTMLElement;
  readonly map: MapController;
  readonly vm: ViewModel;
  readonly layers: readonly LayerName[];
  readonly lang: Lang;
  readonly msg: Messages;
  readonly summary: string;
  readonly tilesAttribution: string | undefined;
}

/** A clustered map's groups and single partners as drawn now, for the export. */
function clusteredExport({ map, vm, lang }: ExportState): Pick<ExportInput, 'clustered'> {
  const index = map.drawnClusterIndex();
  if (!index) return {};
  const items = map.clusterItems();
  const leads = vm.selection.partners.filter(isLead);
  const singles = items.flatMap(({ item }) => (item.kind === 'partner' && index.partners[item.index] ? [index.partners[item.index] as VisiblePartner] : []));
  const groups = items.flatMap(({ item, x, y, r }) => (item.kind === 'group' ? [{ x, y, r, count: formatCompact(lang, item.count), parts: item.parts }] : []));
  return { clustered: { groups, singles: [...singles, ...leads] } };
}

/** The map as it is now, as a standalone SVG document (drawn from the data). */
export function exportSvgOf(state: ExportState): string {
  const { map, vm, msg } = state;
  const { width, height } = map.size();
  const style = getComputedStyle(state.host);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return exportSvg({
    width: width || 960,
    height: height || 540,
    project: (lon, lat) => map.screenPoint(lon, lat),
    data: vm.data,
    selection: vm.selection,
    layers: state.layers,
    looks: vm.looks,
    colours: {
      sea: css('--partner-map-sea', '#dfe9f1'),
      land: css('--partner-map-land', '#f3f1ec'),
      borders: css('--partner-map-borders', '#b9b2a5'),
      text: css('--partner-map-text', '#1f2328'),
      background: css('--partner-map-background', '#ffffff'),
    },
    title: msg.title,
    summary: state.summary,
    attribution: `Leaflet · ${msg.basemap}${state.tilesAttribution ? ` · ${state.tilesAttribution}` : ''}`,
    legend: { lead: msg.leadMark, reachedBy: msg.reachedBy, event: msg.event },
    marks: map.markPoints(),
    ...clusteredExport(state),
  });
}

/** The map as a PNG, drawn from the SVG export at `scale` (2 by default, for slides). */
export function exportPngOf(state: ExportState, scale = 2): Promise<Blob> {
  const { width, height } = state.map.size();
  return svgToPng(exportSvgOf(state), width || 960, height || 540, scale);
}

/** Saves the export as a file, through a temporary link. */
export async function download(state: ExportState, format: 'svg' | 'png'): Promise<void> {
  const blob = format === 'svg' ? new Blob([exportSvgOf(state)], { type: 'image/svg+xml' }) : await exportPngOf(state, 2);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `partner-map.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
