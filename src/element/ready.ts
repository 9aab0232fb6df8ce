import type { MapInput } from '../map/map-input.js';

/** map-ready's detail: the counts of partners and markets drawn. */
export const readyDetail = (input: MapInput | undefined): { partners: number; markets: number } => ({
  partners: input?.selection.partners.length ?? 0,
  markets: input?.selection.markets.length ?? 0,
});

/** When map-ready fires: once per new data drawn (the same data in another language is not new),
 *  and again when the element comes back with a new map. */
export class ReadyNotice {
  /** The map has drawn data at least once (a tour asked for before then waits for it). */
  drewOnce = false;
  private generation = -1;

  /** The map drew the data of `generation`: whether that is news (map-ready should fire). */
  drawn(generation: number): boolean {
    this.drewOnce = true;
    if (generation === this.generation) return false;
    this.generation = generation;
    return true;
  }

  /** The map went with the element: the next one, drawn when it comes back, is announced again. */
  reset(): void {
    this.generation = -1;
  }
}
