// The parts of Leaflet 1.9 the widget uses, from its ES sources, so the bundle leaves out what it
// never calls (popups, image and video overlays, the canvas renderer, the layers, scale, zoom and
// attribution controls, WMS; the tile layer is a chunk of its own, tiles.js): about 8 KB gzip. Importing a handler module registers it on the Map, as Leaflet's index does.
// Types: leaflet-subset.d.ts (the same API as the `leaflet` typings).
import { Map } from 'leaflet/src/map/Map';
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom';
import { Drag } from 'leaflet/src/map/handler/Map.Drag';
import { Keyboard } from 'leaflet/src/map/handler/Map.Keyboard';
import { ScrollWheelZoom } from 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom';
import { svg } from 'leaflet/src/layer/vector/SVG';

// TapHold is left out: it only fakes contextmenu on iOS, and the widget listens to none. BoxZoom
// too (Shift-drag to zoom to a box, ~0.8 KB gzip): the zoom buttons, the wheel, a double click,
// pinching, the keys and the fit buttons zoom; a Shift-drag pans like any drag.
Object.assign(Map, { DoubleClickZoom, Drag, Keyboard, ScrollWheelZoom, TouchZoom });

// Leaflet's Renderer.getRenderer.js, less its Canvas branch (the widget draws vectors in SVG, for
// focusable, inspectable shapes): importing it would bring the Canvas renderer, ~3 KB gzip.
Map.include({
  getRenderer(layer) {
    let renderer = layer.options.renderer || this._getPaneRenderer(layer.options.pane) || this.options.renderer || this._renderer;
    if (!renderer) renderer = this._renderer = this._createRenderer();
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
  _getPaneRenderer(name) {
    if (name === 'overlayPane' || name === undefined) return false;
    let renderer = this._paneRenderers[name];
    if (renderer === undefined) {
      renderer = this._createRenderer({ pane: name });
      this._paneRenderers[name] = renderer;
    }
    return renderer;
  },
  _createRenderer(options) {
    return svg(options);
  },
});

export { Map, createMap as map } from 'leaflet/src/map/Map';
export { toLatLng as latLng } from 'leaflet/src/geo/LatLng';
export { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds';
export { toPoint as point } from 'leaflet/src/geometry/Point';
export { layerGroup } from 'leaflet/src/layer/LayerGroup';
export { marker } from 'leaflet/src/layer/marker/Marker';
export { divIcon } from 'leaflet/src/layer/marker/DivIcon';
export { svg };
export { Layer } from 'leaflet/src/layer/Layer';
// Only what the clustering canvas uses (a namespace re-export would keep all of DomUtil); the
// typings still describe the whole namespace: use nothing else from it.
import { getPosition, setPosition, setTransform } from 'leaflet/src/dom/DomUtil';
export const DomUtil = { getPosition, setPosition, setTransform };
export { polyline } from 'leaflet/src/layer/vector/Polyline';
