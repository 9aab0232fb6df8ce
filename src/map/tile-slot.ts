import type * as L from './leaflet.js';

/** Raster tiles under the data, when the host gives a URL template; Leaflet's tile layer code is a
 *  chunk of its own, loaded only then. */
export class TileSlot {
  private layer: L.TileLayer | undefined;
  private url: string | undefined;

  /** Shows the tiles of `url` on `map` (none for undefined), requested with CORS only when
   *  `crossOrigin` (the host asked: `tiles-crossorigin`); the same again changes nothing. */
  set(map: L.Map, url: string | undefined, crossOrigin = false): void {
    const key = url && `${crossOrigin ? 'cors' : 'no-cors'} ${url}`;
    if (key === this.url) return;
    this.url = key;
    this.layer?.remove();
    this.layer = undefined;
    if (!url) return;
    void import('./tiles.js').then(({ tileLayer }) => {
      // A newer URL, or a disposed map, while the chunk loaded: this one is moot.
      if (this.url !== key || !map.getPane('tilePane')) return;
      this.layer = tileLayer(url, { maxZoom: 19, crossOrigin }).addTo(map);
    });
  }

  /** Forgets the layer: it went with the map. */
  reset(): void {
    this.layer = undefined;
    this.url = undefined;
  }
}
