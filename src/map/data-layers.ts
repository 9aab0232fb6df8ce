/** The data's vector layers under the marks: land, target markets with their arcs, and the links
 *  from partners to their leads, built from the element's input, nothing kept: the land and markets as
 *  world paths (world-paths.ts), the arcs and links as Leaflet's polylines. */
import { consortiumCentre, membersBy } from '../data/selectors.js';
import type { Partner } from '../data/types.js';
import { countries, countryAnchor, type CountryFeature } from '../data/world.js';
import { polygonsOf } from '../data/polygons.js';
import { landLayer, landOutline } from './land-layer.js';
import { greatCircle, MERGE_ARCS } from '../graphics/arcs.js';
import { mergedReach } from '../graphics/merged-reach.js';
import { FALLBACK_LOOK, reachShading } from '../graphics/colours.js';
import { ARC, LINK, MARKET, NEUTRAL_COLOUR } from '../graphics/tokens.js';
import * as L from './leaflet.js';
import { svgPath, svgShape, worldPath, WorldPaths, type WorldDot } from './world-paths.js';
import type { MapInput } from './map-input.js';

/** Merged arcs added in one step, at most (see addReach): Leaflet projects and clips each at once. */
const MERGED_ARCS_A_STEP = 150;

/** The target markets, shaded by how many visible programmes reach them (world paths, see
 *  world-paths.ts), and an arc from each programme's consortium to each of its markets; many
 *  projects' merged arcs are handed back as further steps (the first drawing runs each in a task
 *  of its own: ~600 in one took ~150 ms). */
export function addReach(g: L.LayerGroup, arcs: L.LayerGroup, input: MapInput): (() => void)[] {
  if (!input.selection.markets.length) return [];
  const { byCode } = countries();
  const merged = input.selection.projects.length > MERGE_ARCS;
  const colour = reachShading(input.selection.maxReach);
  const select = (country: string) => input.onSelect({ kind: 'country', country }, null);
  const shapes: SVGElement[] = [];
  const dots: WorldDot[] = [];
  for (const market of input.selection.markets) {
    const f: CountryFeature | undefined = byCode.get(market.country);
    if (!f) continue;
    // The projects reaching it as classes (for dimming), but not thousands when merged.
    const className = `pm-market pm-market-${market.country}${merged ? '' : market.projects.map((p) => ` pm-of-${p.id}`).join('')}`;
    const fill = colour(market.projects.length);
    const { geometry } = f;
    if (geometry.type === 'Point') {
      // A country too small for the basemap: a dot of the same size at every zoom, in its edge's
      // colour under its fill's (clickable like a shape: both take the pointer).
      const disc = (r: number, colour: string) => svgShape('circle', { r, fill: colour, class: 'leaflet-interactive', 'pointer-events': 'visiblePainted' });
      const element = svgShape('g', { class: className, 'data-market': market.country, fill });
      element.append(disc(MARKET.pointRadius + MARKET.weight / 2, MARKET.stroke), disc(MARKET.pointRadius - MARKET.weight / 2, fill));
      dots.push({ at: geometry.coordinates, element });
      continue;
    }
    shapes.push(
      svgPath({
        class: `${className} leaflet-interactive`,
        'data-market': market.country,
        d: worldPath(polygonsOf(geometry).flat()),
        'fill-rule': 'evenodd',
        fill,
        'fill-opacity': MARKET.fillOpacity,
        stroke: MARKET.stroke,
        'stroke-width': MARKET.weight,
      }),
    );
  }
  new WorldPaths('pm-reach', shapes, {
    dots,
    clicked: (path) => {
      const country = path.closest('[data-market]')?.getAttribute('data-market');
      if (country) select(country);
    },
  }).addTo(g);
  // The arcs stay Leaflet's polylines, clipped to the view: dashed and unclipped, an arc across
  // the world zoomed in is dashes over a million pixels, stroked again at every frame.
  const arcRenderer = L.svg({ pane: 'pm-arcs', padding: 0.5 });
  /** An arc's line: in its project's colour and dashes, in the arcs' pane. */
  const arcStyle = (className: string, look: { readonly colour: string; readonly dash: string }) => ({
    pane: 'pm-arcs',
    renderer: arcRenderer,
    color: look.colour,
    weight: ARC.weight,
    opacity: ARC.opacity,
    dashArray: look.dash,
    interactive: false,
    className,
  });
  if (merged) {
    // Past a few hundred projects, one thin solid neutral path of merged arcs (mergedArcEnds): the
    // looks repeat, and 13,000 dashed arcs took seconds to add, to raster and again at every zoom.
    const ends = mergedReach(input.data, input.selection);
    const style = { ...arcStyle('pm-arc pm-arc-merged', { colour: NEUTRAL_COLOUR, dash: '' }), weight: ARC.mergedWeight };
    const steps: (() => void)[] = [];
    for (let i = 0; i < ends.length; i += MERGED_ARCS_A_STEP) {
      const part = ends.slice(i, i + MERGED_ARCS_A_STEP);
      steps.push(
        () =>
          void L.polyline(
            part.map(([from, to]) => greatCircle(from, to)),
            style,
          ).addTo(arcs),
      );
    }
    return steps;
  }
  for (const project of input.selection.projects) {
    const from = consortiumCentre(input.data, project);
    if (!from) continue;
    for (const code of project.targetMarkets) {
      const to = countryAnchor(code);
      if (!to) continue;
      const look = input.looks.get(project.id) ?? FALLBACK_LOOK;
      L.polyline(greatCircle(from, to), arcStyle(`pm-arc pm-arc-${project.id} pm-of-${project.id}`, look)).addTo(arcs);
    }
  }
  return [];
}

/** A line from each partner to the lead of each of its visible projects. */
export function addLinks(g: L.LayerGroup, input: MapInput): void {
  const renderer = L.svg({ pane: 'pm-links', padding: 0.5 });
  const byId = new Map(input.data.partners.map((p) => [p.id, p]));
  // Each project's visible members, from each partner's own roles: partners × projects would be
  // 100M steps for 10k projects of 10k partners.
  const members = membersBy(input.selection.partners);
  for (const project of input.selection.projects) {
    const lead = project.lead === undefined ? undefined : byId.get(project.lead);
    if (!lead) continue;
    for (const partner of members.get(project.id) ?? []) {
      if (partner.id === lead.id) continue;
      L.polyline(
        [
          [partner.position[1], partner.position[0]],
          [lead.position[1], lead.position[0]],
        ],
        {
          pane: 'pm-links',
          renderer,
          color: (input.looks.get(project.id) ?? FALLBACK_LOOK).colour,
          weight: LINK.weight,
          opacity: LINK.opacity,
          // The partner whose view this is: its own links (to its leads, or from its members) stand out.
          className: `pm-link pm-link-${project.id} pm-of-${project.id}${input.emphasis && (partner.id === input.emphasis || lead.id === input.emphasis) ? ' pm-emph' : ''}`,
        },
      )
        .on('click', () => input.onSelect({ kind: 'project', project }, null))
        .addTo(g);
    }
  }
}

/** Dashed neutral lines from a partner to each partner it shares a project with ("Show links" in
 *  its details), in the arcs' pane (its one renderer, kept by Leaflet). Past a few hundred, one path:
 *  a hub's thousands of lines as paths of their own would take seconds at every zoom. */
export function coLinks(from: Partner, to: readonly Partner[]): L.Layer {
  const at = (p: Partner): L.LatLngTuple => [p.position[1], p.position[0]];
  const style = { pane: 'pm-arcs', color: NEUTRAL_COLOUR, weight: 1.6, dashArray: '5 4', interactive: false, className: 'pm-colink' };
  const lines = to.map((p) => [at(from), at(p)]);
  return lines.length > MERGE_ARCS ? L.polyline(lines, style) : L.layerGroup(lines.map((line) => L.polyline(line, style)));
}

/** The map's layers of data: each a fresh group on every draw (the data is small, and nothing
 *  stale can survive). They go with the map. */
export class DataLayers {
  readonly #groups = new Map<string, L.LayerGroup>();

  constructor(private readonly map: L.Map) {}

  #group(name: string): L.LayerGroup {
    this.#groups.get(name)?.remove();
    const g = L.layerGroup().addTo(this.map);
    this.#groups.set(name, g);
    return g;
  }

  /** The land, in three steps (the first drawing may run each in a task of its own): the countries
   *  decoded and the land's outline written (each once per page), then the path drawn. */
  baseSteps(withTiles: boolean): (() => void)[] {
    const g = this.#group('base');
    return [() => void countries(), () => void landOutline(), () => void landLayer(withTiles).addTo(g)];
  }

  /** The target markets and the arcs that reach them, when shown; many projects' merged arcs are
   *  handed back as steps. */
  reach(input: MapInput, shown: boolean): (() => void)[] {
    const g = this.#group('reach');
    const arcs = this.#group('arcs');
    return shown ? addReach(g, arcs, input) : [];
  }

  /** The links from each member to its lead, when shown. */
  links(input: MapInput, shown: boolean): void {
    const g = this.#group('links');
    if (shown) addLinks(g, input);
  }
}
