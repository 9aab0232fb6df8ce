/** The land is one path written once per page, scaled and moved by a transform: it must be drawn
 *  where Leaflet draws the same countries, at every zoom and after every move. */
import { expect } from '@open-wc/testing';
import { leafletCss } from '../../src/generated/leaflet-css.js';
import { countries } from '../../src/data/world.js';
import { createMap, removeMap } from '../../src/map/create-map.js';
import { landLayer } from '../../src/map/land-layer.js';
import * as L from '../../src/map/leaflet.js';
import { polygonOf } from '../../src/map/shapes.js';
import { screenVertices } from '../helpers.js';

/** A bare Leaflet map (Leaflet's CSS, the widget's panes) with the land and, drawn by Leaflet as a
 *  polygon, one country. */
function mapWith(code: string): { map: L.Map; land: SVGPathElement; country: SVGPathElement; done: () => void } {
  const style = document.createElement('style');
  // The widget's surface fills its container (the element's styles say so there).
  style.textContent = `${leafletCss} .map-surface { width: 100%; height: 100% }`;
  const container = document.createElement('div');
  container.style.cssText = 'width: 800px; height: 500px; position: relative';
  document.body.append(style, container);
  const map = createMap(container);
  landLayer(false).addTo(map);
  const geometry = countries().byCode.get(code)?.geometry;
  const polygon = geometry && polygonOf(geometry, { pane: 'pm-reach', className: 'country' });
  if (!polygon) throw new Error(`no shape for ${code}`);
  polygon.addTo(map);
  const land = container.querySelector<SVGPathElement>('.pm-land');
  const country = container.querySelector<SVGPathElement>('.country');
  if (!land || !country) throw new Error('nothing drawn');
  return { map, land, country, done: () => (removeMap(map), container.remove(), style.remove()) };
}

/** The largest distance from a vertex Leaflet drew of the country (within the map) to the nearest
 *  vertex of the land on screen, in pixels. */
function farthest(land: SVGPathElement, country: SVGPathElement, map: L.Map, where: string): number {
  const box = map.getContainer().getBoundingClientRect();
  const inside = (p: DOMPoint) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
  const ours = screenVertices(land).filter(inside);
  const theirs = screenVertices(country).filter(inside);
  expect(theirs.length, `vertices of the country in view ${where}`).to.be.greaterThan(0);
  let worst = 0;
  for (const p of theirs) worst = Math.max(worst, Math.min(...ours.map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
  return worst;
}

const moved = (map: L.Map, move: () => void): Promise<void> =>
  new Promise((resolve) => {
    map.once('moveend', () => resolve());
    move();
  });

describe('the land layer', () => {
  it('draws each country where Leaflet draws it, at zooms 0 to 12, after pans and animated zooms', async () => {
    const { map, land, country, done } = mapWith('ES');
    try {
      // Zoomed in, views centred on vertices of Spain's outline (the 110m outline has few).
      const geometry = countries().byCode.get('ES')?.geometry;
      const ring =
        geometry?.type === 'MultiPolygon'
          ? geometry.coordinates.flatMap((p) => p[0] ?? [])
          : geometry?.type === 'Polygon'
            ? geometry.coordinates[0]
            : undefined;
      const [a = 0, b = 0] = ring?.[3] ?? [];
      const [c = 0, d = 0] = ring?.[11] ?? [];
      for (const [lat, lng, zoom] of [
        [40, -3.7, 1.5],
        [40, -3.7, 4.25],
        [b, a, 7],
        [d, c, 9.5],
        [b, a, 12],
      ] as const) {
        await moved(map, () => map.setView([lat, lng], zoom, { animate: false }));
        expect(farthest(land, country, map, `at zoom ${zoom}`), `at zoom ${zoom}`).to.be.below(1);
      }
      // A drag's pan, then a zoom animated by Leaflet (a transform on the renderer until it ends).
      await moved(map, () => map.panBy([300, -120], { animate: false }));
      expect(farthest(land, country, map, 'after a pan'), 'after a pan').to.be.below(1);
      await moved(map, () => map.setZoomAround(map.getCenter(), map.getZoom() - 3.5, { animate: true }));
      expect(farthest(land, country, map, 'after an animated zoom'), 'after an animated zoom').to.be.below(1);
    } finally {
      done();
    }
  });
});
