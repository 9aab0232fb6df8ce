import type * as L from './leaflet.js';

/** Raster tiles under the data, when the host gives a URL template; Leaflet's tile layer code is a
 *  chunk of its own, loaded only then. */
export class TileSlot {
  private layer: L.TileLayer | undefined;
  private url: string | undefined;

  /** Shows the tiles of `url` on `map` (none for undefined); the same URL again changes nothing. */
  set(map: L.Map, url: string | undefined): void {
    if (url === this.url) return;
    this.url = url;
    this.layer?.remove();
    this.layer = undefined;
    if (!url) return;
    void import('./tiles.js').then(({ tileLayer }) => {
      // A newer URL, or a disposed map, while the chunk loaded: this one is moot.
      if (this.url !== url || !map.getPane('tilePane')) return;
      this.layer = tileLayer(url, { maxZoom: 19, crossOrigin: true }).addTo(map);
    });
  }

  /** Forgets the layer: it went with the map. */
  reset(): void {
    this.layer = undefined;
    this.url = undefined;
  }
}
