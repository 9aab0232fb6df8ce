import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UrlState } from './url-state.js';
import type { UrlSyncController, UrlSyncOptions } from './url-sync.js';

/**
 * Where the URL sync (`sync-url`) plugs in. Most pages never set `sync-url`, so the sync and its
 * link format are a chunk of their own, fetched when the attribute is first set. A page opened
 * with it waits for the chunk before the map is first drawn (`waiting`): the view a link names
 * is the first view, not a flight from the default one.
 */
export class UrlSyncSlot implements ReactiveController {
  #sync: UrlSyncController | undefined;
  #loading = false;
  /** The chunk did not load (a host serving only partner-map.js): said once, not asked again. */
  #failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  /** The chunk is on its way and the first view should wait for what the link says. */
  get waiting(): boolean {
    return this.#loading;
  }

  /** The centre and zoom of the link the element was opened with, until the map has its own. */
  get restoredView(): UrlState['centre'] {
    return this.#sync?.restoredView;
  }

  hostConnected(): void {
    this.#load(false);
  }

  hostUpdated(): void {
    this.#load(true);
  }

  /** Writes the element's state to the URL (once the sync is here and on). */
  write(): void {
    this.#sync?.write();
  }

  /** The selection last written to the URL. */
  #writtenSelection: unknown;

  /** After an update: writes the state to the URL if `changed` (projects, layers or the view did)
   *  or the selection is not the one written last. */
  follow(changed: boolean, selection: unknown): void {
    if (!changed && selection === this.#writtenSelection) return;
    this.#writtenSelection = selection;
    this.write();
  }

  /** @param late - asked for after the element started (`sync-url` set at run time). */
  #load(late: boolean): void {
    if (this.#sync || this.#loading || this.#failed || this.options.key() === null) return;
    this.#loading = true;
    import('./url-sync.js')
      .then(({ UrlSyncController }) => {
        // Added to a connected host, it starts at once: it reads the link and listens from now on.
        this.#sync = new UrlSyncController(this.host, this.options, late);
      })
      .catch((error: unknown) => {
        this.#failed = true;
        console.warn('<partner-map> sync-url: the URL sync did not load; the URL is left alone', error);
      })
      .finally(() => {
        this.#loading = false;
        this.host.requestUpdate();
      });
  }
}
