/**
 * Moves marks that would overlap on screen just far enough apart that each stays visible,
 * hoverable and clickable at any zoom, while staying as close to its true place as it can.
 * A few rounds of pairwise push (overlapping pairs move apart) and pull (each mark back toward
 * home): a tight cluster becomes a compact honeycomb on its place, not a ring around it.
 * Pure, in screen pixels, deterministic.
 */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

const ROUNDS = 80;
const PULL = 0.04;

export function spreadPoints(homes: readonly ScreenPoint[], gap: number): ScreenPoint[] {
  const n = homes.length;
  const xs = homes.map((p) => p.x);
  const ys = homes.map((p) => p.y);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = (xs[j] ?? 0) - (xs[i] ?? 0);
        let dy = (ys[j] ?? 0) - (ys[i] ?? 0);
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-6) {
          // Same place (Biocat and the forum it hosted): part them along a fixed, index-based angle.
          const a = (i * 2.399963 + j) % (2 * Math.PI);
          [dx, dy, d] = [Math.cos(a), Math.sin(a), 1];
        }
        const push = (gap - d) / 2 / d;
        xs[i] = (xs[i] ?? 0) - dx * push;
        ys[i] = (ys[i] ?? 0) - dy * push;
        xs[j] = (xs[j] ?? 0) + dx * push;
        ys[j] = (ys[j] ?? 0) + dy * push;
        moved = true;
      }
    }
    if (!moved) break;
    // Pull back toward home, less in the last rounds so the final pushes leave no overlap.
    const pull = round < ROUNDS - 20 ? PULL : 0;
    for (let i = 0; i < n; i++) {
      xs[i] = (xs[i] ?? 0) + ((homes[i]?.x ?? 0) - (xs[i] ?? 0)) * pull;
      ys[i] = (ys[i] ?? 0) + ((homes[i]?.y ?? 0) - (ys[i] ?? 0)) * pull;
    }
  }
  return homes.map((_, i) => ({ x: xs[i] ?? 0, y: ys[i] ?? 0 }));
}
