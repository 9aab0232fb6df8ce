/**
 * A large network's cluster index, as the map asks it: built and asked in the widget's worker when
 * one can run, so that indexing 100,000 partners (~0.5–0.8 s of supercluster, in one piece) never
 * blocks the host page; else built on the page in a task of its own. Either way every answer is a
 * promise, so the canvas draws the same way from both.
 */
import { ClusterIndex, clusterPoints, type ClusterItem, type ClusterPoints } from '../../data/cluster-index.js';
import type { VisiblePartner } from '../../data/selectors.js';
import type { Project } from '../../data/types.js';
import { askWorker, newIndex, REFUSED, unindex } from '../../data/worker-client.js';
import type { Question } from '../../data/worker-protocol.js';
import { nextTask } from '../tasks.js';

export type { ClusterItem };

/** A source the page no longer holds lets its index in the worker go. */
const held = new FinalizationRegistry<number>((index) => unindex(index));

export class ClusterSource {
  private local: ClusterIndex | undefined;
  private ids: Map<string, number> | undefined;

  private constructor(
    /** The partners clustered: an item's `index` is a place in this list. */
    readonly partners: readonly VisiblePartner[],
    private readonly points: ClusterPoints,
    private readonly maxZoom: number,
    private readonly radius: number,
    /** The index's number in the worker, while the worker has it. */
    private remote: number | undefined,
  ) {
    if (remote !== undefined) held.register(this, remote, this);
  }

  /** Indexes `partners` (their roles counted in `projects`' order), in the worker if it can. */
  static async build(partners: readonly VisiblePartner[], projects: readonly Project[], maxZoom: number, radius: number): Promise<ClusterSource> {
    const points = clusterPoints(partners, projects);
    // Copying them to the worker is a task of its own (100,000 partners: ~30 ms each).
    await nextTask();
    const index = newIndex();
    const built = await askWorker({ kind: 'cluster', index, points, maxZoom, radius });
    const source = new ClusterSource(partners, points, maxZoom, radius, built === REFUSED ? undefined : index);
    if (built === REFUSED) {
      await nextTask();
      source.here();
    }
    return source;
  }

  /** What to draw inside [west, south, east, north] at a zoom. */
  items(bbox: readonly [number, number, number, number], zoom: number): Promise<ClusterItem[]> {
    return this.ask({ kind: 'items', index: this.remote ?? -1, bbox, zoom }, (i) => i.items(bbox, zoom));
  }

  /** A group's partners, `limit` of them from `offset`. */
  async members(group: number, limit: number, offset = 0): Promise<VisiblePartner[]> {
    const found = await this.ask({ kind: 'members', index: this.remote ?? -1, group, limit, offset }, (i) => i.members(group, limit, offset));
    return found.flatMap((i) => this.partners[i] ?? []);
  }

  /** The first zoom from `from` at which a partner stands alone (past maxZoom: it shares its place). */
  revealZoom(point: number, from: number): Promise<number> {
    return this.ask({ kind: 'revealZoom', index: this.remote ?? -1, point, from }, (i) => i.revealZoom(point, from));
  }

  /** Where a partner is in the list, or -1. */
  indexOf(partnerId: string): number {
    this.ids ??= new Map(this.partners.map((v, i) => [v.partner.id, i]));
    return this.ids.get(partnerId) ?? -1;
  }

  /** Asks the worker; when it cannot answer (it stopped), the page builds the index and answers. */
  private async ask<T>(question: Question, here: (index: ClusterIndex) => T): Promise<T> {
    if (this.remote !== undefined) {
      const answer = await askWorker(question);
      if (answer !== REFUSED) return answer as T;
      held.unregister(this);
      this.remote = undefined;
    }
    return here(this.here());
  }

  private here(): ClusterIndex {
    return (this.local ??= new ClusterIndex(this.points, this.maxZoom, this.radius));
  }
}
