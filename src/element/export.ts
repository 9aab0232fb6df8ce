/** The element's exports: the map as drawn now, as SVG text or a PNG blob, and their download. */
import { isLead } from '../data/selectors.js';
import { GROUP_MARK_SIZE as GROUP_SIZE } from '../graphics/marks.js';
import type { LayerName } from '../data/types.js';
import { formatCompact } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { MapController } from '../map/map-controller.js';
import { SLIDE, exportSlide, exportSvg, svgToPng, type ExportInput } from '../present/svg-export.js';
import type { ViewModel } from './view-model.js';
import { saveFile } from '../present/save-file.js';

export interface ExportState {
  readonly host: HTMLElement;
  readonly map: MapController;
  readonly vm: ViewModel;
  readonly layers: readonly LayerName[];
  readonly lang: Lang;
  readonly msg: Messages;
  readonly summary: string;
  /** The title shown (a partner's view, or the host's `heading`); the default one when absent. */
  readonly title?: string;
  readonly tilesAttribution: string | undefined;
  /** The project in focus (a tour step, a project's details), dimming the others as on screen. */
  readonly focus: string | undefined;
  /** What the view shows, in a line: a slide's caption (the tour step's, else the summary). */
  readonly caption: string;
}

/** What the ⤓ menu offers: the map at its size on screen, or a 16:9 slide, as SVG or PNG. */
export type ExportFormat = 'svg' | 'png' | 'slide-svg' | 'slide-png';

/** The marks as drawn now: single ones by key, groups (overlapping marks, or a large network's
 *  clusters) with their count and their members' projects, so the export shows what the map shows. */
function drawnExport({ map, vm, lang }: ExportState): Pick<ExportInput, 'marks' | 'clustered' | 'markGroups' | 'grouped'> {
  const marks = new Map<string, readonly [number, number]>();
  const groups: NonNullable<ExportInput['clustered']>['groups'][number][] = [];
  const markGroups: (NonNullable<ExportInput['clustered']>['groups'][number] & { readonly keys: readonly string[] })[] = [];
  const alone = new Set<string>();
  const byId = new Map(vm.selection.partners.map((v) => [v.partner.id, v]));
  const events = new Map(vm.selection.events.map((e) => [e.id, e]));
  for (const { keys, x, y } of map.drawnMarks()) {
    const only = keys.length === 1 ? keys[0] : undefined;
    if (only) {
      marks.set(only, [x, y]);
      alone.add(only);
      continue;
    }
    // Members per project, counted from each member's own projects (never keys × projects).
    const counts = new Map<string, number>();
    const count = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const k of keys) {
      if (k.startsWith('partner:')) for (const r of byId.get(k.slice(8))?.roles ?? []) count(r.project.id);
      else {
        const e = events.get(k.slice(6));
        if (e) count(e.project);
      }
    }
    const parts = vm.selection.projects.map((p) => counts.get(p.id) ?? 0);
    markGroups.push({ x, y, r: GROUP_SIZE / 2, count: formatCompact(lang, keys.length), parts, keys });
  }
  const index = map.drawnClusterIndex();
  if (index) {
    for (const { item, x, y, r } of map.clusterItems()) {
      if (item.kind === 'group') groups.push({ x, y, r, count: formatCompact(lang, item.count), parts: item.parts });
      else if (index.partners[item.index]) alone.add(`partner:${index.partners[item.index]?.partner.id ?? ''}`);
    }
  }
  const grouped = new Set(markGroups.flatMap((g) => g.keys));
  const clustered = index ? { clustered: { groups, singles: vm.selection.partners.filter((v) => alone.has(`partner:${v.partner.id}`) || isLead(v)) } } : {};
  return { marks, markGroups, grouped, ...clustered };
}

/** The map as it is now, as a standalone SVG document (drawn from the data); a 16:9 slide of it
 *  with `slide`. */
export function exportSvgOf(state: ExportState, slide = false): string {
  const input = exportInput(state);
  return slide ? exportSlide(input, state.caption) : exportSvg(input);
}

function exportInput(state: ExportState): ExportInput {
  const { map, vm, msg } = state;
  const { width, height } = map.size();
  const style = getComputedStyle(state.host);
  // Only a colour is taken from the page's CSS: `url(…)` or `image-set(…)` in the file would make
  // whatever opens it fetch that address.
  const css = (name: string, fallback: string) => {
    const value = style.getPropertyValue(name).trim();
    return value && CSS.supports('color', value) && !/url\(|image/i.test(value) ? value : fallback;
  };
  return {
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
    title: state.title ?? msg.title,
    summary: state.summary,
    attribution: `Leaflet · ${msg.basemap}${state.tilesAttribution ? ` · ${state.tilesAttribution}` : ''}`,
    legend: { lead: msg.leadMark, reachedBy: msg.reachedBy, event: msg.event },
    focus: state.focus,
    ...drawnExport(state),
  };
}

/** The map as a PNG, drawn from the SVG export at `scale` (2 by default); a 16:9 slide of it
 *  with `slide` (1920×1080 at scale 1). */
export function exportPngOf(state: ExportState, scale = 2, slide = false): Promise<Blob> {
  const { width, height } = slide ? SLIDE : state.map.size();
  return svgToPng(exportSvgOf(state, slide), width || 960, height || 540, scale);
}

/** Saves the export as a file, through a temporary link. Never rejects (a menu item's click has
 *  no one to catch it): a failure is reported in the console and the result is false. */
export async function download(state: ExportState, format: ExportFormat): Promise<boolean> {
  const slide = format.startsWith('slide-');
  let blob: Blob;
  try {
    blob = format.endsWith('svg') ? new Blob([exportSvgOf(state, slide)], { type: 'image/svg+xml' }) : await exportPngOf(state, slide ? 1 : 2, slide);
  } catch (e) {
    console.error('<partner-map> the export failed:', e);
    return false;
  }
  saveFile(blob, `partner-map${slide ? '-slide' : ''}.${format.endsWith('svg') ? 'svg' : 'png'}`);
  return true;
}
