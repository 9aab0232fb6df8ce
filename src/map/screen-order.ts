/** Orders and picks things drawn on the map by where they are on screen, in pixels. Pure. */

export interface At {
  readonly x: number;
  readonly y: number;
}

/** Rows this tall read as one line, so marks a few pixels apart in height still go left to right. */
const ROW = 24;

/** Items in reading order of where they are: rows top to bottom, each left to right. */
export function readingOrder<T>(items: Iterable<T>, at: (item: T) => At): T[] {
  return [...items]
    .map((item) => ({ item, p: at(item) }))
    .sort((a, b) => Math.round(a.p.y / ROW) - Math.round(b.p.y / ROW) || a.p.x - b.p.x)
    .map((x) => x.item);
}

/** The item nearest to a point among those `within` accepts (how far it is, which item); undefined if none. */
export function nearest<T extends At>(items: Iterable<T>, to: At, within: (distance: number, item: T) => boolean = () => true): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const item of items) {
    const d = Math.hypot(item.x - to.x, item.y - to.y);
    if (d < bestD && within(d, item)) [best, bestD] = [item, d];
  }
  return best;
}
