/**
 * A large network's cluster index, as the map asks it. Past OFF_PAGE partners it is built and
 * asked in the widget's worker, so that indexing 100,000 partners (~0.5–0.8 s of supercluster, in
 * one piece) never blocks the host page; else, or where workers are refused, it is built on the
 * page in a task of its own (a few thousand partners take a few tens of ms: not worth a worker to
 * start and a chunk to fetch). Either way every answer is a promise, so the canvas draws the same
 * way from both.
 */
import { ClusterIndex, clusterPoints, type ClusterItem, type ClusterPoints } from '../../data/cluster-index.js';
import type { VisiblePartner } from '../../data/selectors.js';
import type { Project } from '../../data/types.js';
import { OFF_PAGE } from '../../data/cluster-settings.js';
import type { Question } from '../../data/worker-protocol.js';
import { nextTask } from '../tasks.js';

export type { ClusterItem };

type WorkerClient = typeof import('../../data/worker-client.js');

/** A source the page no longer holds lets its index in the worker go. */
const held = new FinalizationRegistry<{ readonly client: WorkerClient; readonly index: number }>(({ client, index }) => client.unindex(index));

export class ClusterSource {
  private local: ClusterIndex | undefined;
  private ids: Map<string, number> | undefined;

  private constructor(
    /** The partners clustered: an item's `index` is a place in this list. */
    readonly partners: readonly VisiblePartner[],
    private readonly points: ClusterPoints,
    private readonly maxZoom: number,
    private readonly radius: number,
    /** The worker and the index's number in it, while the worker has it. */
    private remote: { readonly client: WorkerClient; readonly index: number } | undefined,
  ) {
    if (remote) held.register(this, remote, this);
  }

  /** Indexes `partners` (their roles counted in `projects`' order), in the worker when `offPage`
   *  and it can run, else on the page. */
  static async build(
    partners: readonly VisiblePartner[],
    projects: readonly Project[],
    maxZoom: number,
    radius: number,
    offPage = partners.length > OFF_PAGE,
  ): Promise<ClusterSource> {
    // Making the points, then copying them to the worker or indexing them here, each a task of its
    // own, apart from the drawing that asked (100,000 partners: ~30 ms to make, ~30 ms to copy).
    await nextTask();
    const points = clusterPoints(partners, projects);
    await nextTask();
    const client = offPage ? await import('../../data/worker-client.js').catch(() => undefined) : undefined;
    const index = client?.newIndex() ?? -1;
    const built = client ? await client.askWorker({ kind: 'cluster', index, points, maxZoom, radius }) : undefined;
    const inWorker = client && built !== client.REFUSED;
    const source = new ClusterSource(partners, points, maxZoom, radius, inWorker ? { client, index } : undefined);
    if (!inWorker) {
      if (client) await nextTask();
      source.here();
    }
    return source;
  }

  /** What to draw inside [west, south, east, north] at a zoom. */
  items(bbox: readonly [number, number, number, number], zoom: number): Promise<ClusterItem[]> {
    return this.ask(
      (index) => ({ kind: 'items', index, bbox, zoom }),
      (i) => i.items(bbox, zoom),
    );
  }

  /** A group's partners, `limit` of them from `offset`. */
  async members(group: number, limit: number, offset = 0): Promise<VisiblePartner[]> {
    const found = await this.ask(
      (index) => ({ kind: 'members', index, group, limit, offset }),
      (i) => i.members(group, limit, offset),
    );
    return found.flatMap((i) => this.partners[i] ?? []);
  }

  /** The first zoom from `from` at which a partner stands alone (past maxZoom: it shares its place). */
  revealZoom(point: number, from: number): Promise<number> {
    return this.ask(
      (index) => ({ kind: 'revealZoom', index, point, from }),
      (i) => i.revealZoom(point, from),
    );
  }

  /** Where a partner is in the list, or -1. */
  indexOf(partnerId: string): number {
    this.ids ??= new Map(this.partners.map((v, i) => [v.partner.id, i]));
    return this.ids.get(partnerId) ?? -1;
  }

  /** Asks the worker; when it cannot answer (it stopped), the page builds the index and answers. */
  private async ask<T>(question: (index: number) => Question, here: (index: ClusterIndex) => T): Promise<T> {
    const remote = this.remote;
    if (remote) {
      const answer = await remote.client.askWorker(question(remote.index));
      if (answer !== remote.client.REFUSED) return answer as T;
      held.unregister(this);
      this.remote = undefined;
    }
    return here(this.here());
  }

  private here(): ClusterIndex {
    return (this.local ??= new ClusterIndex(this.points, this.maxZoom, this.radius));
  }
}
