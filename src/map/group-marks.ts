/**
 * Which marks are drawn alone and which share a group mark, at one zoom: marks that would overlap
 * on screen are merged into a group drawn at the mean of its members' true places, and groups that
 * would overlap merge again, until nothing overlaps. Nothing is moved off its place: a single mark
 * stands exactly where its organisation is, a group exactly at its members' centre. Pure, in
 * screen pixels, deterministic; about n log n (marks sharing a small cell merge first, a grid finds
 * neighbours, each round merges many pairs at once), so 10,000 marks over one country stay cheap.
 */

export interface MarkSpot {
  /** Where the mark's place is on screen, in pixels. */
  readonly x: number;
  readonly y: number;
  /** The mark's drawn diameter, in pixels. */
  readonly size: number;
}

export interface MarkGroup {
  readonly x: number;
  readonly y: number;
  /** Indexes into the spots given, in the order given (the first is the most important). */
  readonly members: readonly number[];
}

/** Two marks closer than this share of their radii (centre to centre) are merged: at 0.8, two
 *  marks overlap by at most a fifth of the smaller's width, under the quarter a reader tolerates. */
const MERGE = 0.8;

interface Node {
  x: number;
  y: number;
  r: number;
  /** Indexes into the spots, in order. */
  members: number[];
  /** The sums of the members' x and y: two groups merge without going through their members. */
  sx: number;
  sy: number;
}

/**
 * Groups `spots`: the result lists every spot once, alone or in a group. `groupSize(n)` is the
 * drawn diameter of a group of n marks (groups are drawn larger than single marks).
 */
export function groupMarks(spots: readonly MarkSpot[], groupSize: (count: number) => number): MarkGroup[] {
  const rounds = groupingRounds(spots, groupSize);
  for (;;) {
    const next = rounds.next();
    if (next.done) return next.value;
  }
}

/** groupMarks, pausing (yielding) after the premerge and after each round of merges, so that a
 *  caller may go on in another task: grouping 10,000 events took ~150 ms in one. */
export function* groupingRounds(spots: readonly MarkSpot[], groupSize: (count: number) => number): Generator<void, MarkGroup[]> {
  let nodes = premerge(spots, groupSize);
  // Each round merges the closest disjoint overlapping pairs; a round without any ends it.
  for (let round = 0; round < 64; round++) {
    yield;
    const pairs = overlappingPairs(nodes);
    if (!pairs.length) break;
    const merged = new Uint8Array(nodes.length);
    const next: Node[] = [];
    for (const { i, j } of closestFirst(pairs)) {
      const a = nodes[i];
      const b = nodes[j];
      if (merged[i] || merged[j] || !a || !b) continue;
      merged[i] = merged[j] = 1;
      next.push(joined(a, b, groupSize));
    }
    nodes.forEach((n, i) => {
      if (!merged[i]) next.push(n);
    });
    nodes = next;
  }
  return nodes.map((n) => ({ x: n.x, y: n.y, members: n.members })).sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}

/**
 * Marks that share a small cell are merged before any pair is looked at: a cell is small enough
 * that any two marks in it overlap (its diagonal is under the merge distance of the smallest two),
 * so this merges only what the rounds would merge too. Without it 10,000 events over one country
 * at world zoom make every pair in a crowded cell a candidate: ~n² pairs, seconds of work.
 */
function premerge(spots: readonly MarkSpot[], groupSize: (count: number) => number): Node[] {
  let minR = Infinity;
  for (const s of spots) minR = Math.min(minR, s.size / 2);
  const side = (MERGE * 2 * minR) / Math.SQRT2 - 1e-6;
  if (!(side > 0) || spots.length < 2) return spots.map((s, i) => ({ x: s.x, y: s.y, r: s.size / 2, members: [i], sx: s.x, sy: s.y }));
  const cells = new Map<string, number[]>();
  spots.forEach((s, i) => {
    const key = `${Math.floor(s.x / side)},${Math.floor(s.y / side)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  const nodes: Node[] = [];
  for (const members of cells.values()) {
    const first = spots[members[0] ?? 0] as MarkSpot;
    if (members.length === 1) {
      nodes.push({ x: first.x, y: first.y, r: first.size / 2, members, sx: first.x, sy: first.y });
      continue;
    }
    nodes.push(groupAt(spots, members, groupSize));
  }
  // In the order of their first members, as if no premerge had happened (the rounds are ordered).
  return nodes.sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}

/** Pairs of nodes drawn too close, found through a grid of cells as large as the widest reach. */
function overlappingPairs(nodes: readonly Node[]): { i: number; j: number; d: number }[] {
  let maxR = 0;
  for (const n of nodes) maxR = Math.max(maxR, n.r);
  const cell = Math.max(1, 2 * maxR * MERGE);
  // Columns of cells, each a map of its rows: numbers as keys, not a "x,y" string made per look.
  const grid = new Map<number, Map<number, number[]>>();
  nodes.forEach((n, i) => {
    const cx = Math.floor(n.x / cell);
    const cy = Math.floor(n.y / cell);
    let column = grid.get(cx);
    if (!column) grid.set(cx, (column = new Map<number, number[]>()));
    const list = column.get(cy);
    if (list) list.push(i);
    else column.set(cy, [i]);
  });
  const pairs: { i: number; j: number; d: number }[] = [];
  nodes.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      const column = grid.get(gx);
      if (!column) continue;
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of column.get(gy) ?? []) {
          if (j <= i) continue;
          const b = nodes[j] as Node;
          const d = Math.hypot(a.x - b.x, a.y - b.y);
          if (d < MERGE * (a.r + b.r)) pairs.push({ i, j, d });
        }
      }
    }
  });
  return pairs;
}

/**
 * The pairs, closest first; pairs as close (to 1/65,536 px) in the order found, which is by their
 * first node. A native sort of numbers (the distance and the pair's place packed in one), not a
 * comparator over tens of thousands of pairs: that sort was most of grouping 10,000 marks. Fewer
 * than 2^24 pairs: as many pair objects would not fit in memory.
 */
function closestFirst<P extends { d: number }>(pairs: readonly P[]): P[] {
  const keys = Float64Array.from(pairs, (p, k) => Math.round(p.d * 2 ** 16) * 2 ** 24 + k).sort();
  return Array.from(keys, (key) => pairs[key % 2 ** 24] as P);
}

/** A group of `members` (indexes into `spots`) at their centre, as large as a group of that many. */
function groupAt(spots: readonly MarkSpot[], members: number[], groupSize: (count: number) => number): Node {
  let x = 0;
  let y = 0;
  for (const m of members) {
    x += spots[m]?.x ?? 0;
    y += spots[m]?.y ?? 0;
  }
  return { x: x / members.length, y: y / members.length, r: groupSize(members.length) / 2, members, sx: x, sy: y };
}

/** Two nodes as one group: their members merged in order (both lists are), at their centre. A
 *  large group merges in many rounds: sorting and summing its members each time was most of
 *  grouping 10,000 events. */
function joined(a: Node, b: Node, groupSize: (count: number) => number): Node {
  const [am, bm] = [a.members, b.members];
  const members = new Array<number>(am.length + bm.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < members.length; k++) {
    const p = i < am.length ? (am[i] as number) : Infinity;
    const q = j < bm.length ? (bm[j] as number) : Infinity;
    if (p < q) {
      members[k] = p;
      i++;
    } else {
      members[k] = q;
      j++;
    }
  }
  const sx = a.sx + b.sx;
  const sy = a.sy + b.sy;
  return { x: sx / members.length, y: sy / members.length, r: groupSize(members.length) / 2, members, sx, sy };
}
