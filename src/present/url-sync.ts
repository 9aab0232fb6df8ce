import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeState, encodeState, readHash, urlStateOf, writeHash, type UrlState, type UrlStateInput } from './url-state.js';

/** The longest state a link may hold (characters, decoded): ours is a few hundred at most; a
 *  1.5 MB hash of made-up ids blocked the page for seconds and was copied into attributes. */
export const MAX_URL_STATE = 4096;

export interface UrlSyncOptions {
  /** The key under which the state lives in the hash; null leaves the URL alone. */
  readonly key: () => string | null;
  /** The element's state now (what a link would say of it is worked out here). */
  readonly state: () => UrlStateInput;
  /** Takes a state read from the URL. */
  readonly apply: (state: UrlState) => void;
  /** Whether the data has a project, partner, event or country (one of the world's, or one the
   *  data names) of that id; undefined while no data is here: a state read then waits for it.
   *  Without it every id is taken. */
  readonly known?: () => ((kind: 'project' | 'partner' | 'event' | 'country', id: string) => boolean) | undefined;
}

/** A note in the console for the page's developer: what a link held that was left out. */
const note = (text: string) => console.warn(`<partner-map> sync-url: ${text}`);

/**
 * Keeps the element's state in the page's URL hash (`sync-url`): reads it on connect, when
 * `sync-url` is set at run time and when the hash changes (back button, a pasted link), writes it
 * on change without adding history entries. A link says the whole state: a key it leaves out is
 * that key's default, and a hash without our key at all is the state the element started with.
 * Removing `sync-url` stops all of it.
 */
export class UrlSyncController implements ReactiveController {
  /** The centre and zoom of the link the element was opened with, until the map has its own. */
  restoredView: UrlState['centre'];
  /** The URL the page went to, not location.hash: a write queued before the event could have
   *  replaced it by then. */
  private readonly onHashChange = (e: HashChangeEvent) => this.restore(true, new URL(e.newURL).hash);
  /** The key listened to now; undefined when not syncing. */
  private syncing: string | undefined;
  /** The state the element had when syncing started: what a hash without our key means. */
  private initial: UrlState | undefined;
  private connected = false;
  /** A state read before the data was here, to check and take once it is. */
  private pending: UrlState | undefined;

  /**
   * @param late - `sync-url` was set after the element started: its state goes into the URL
   *   unless the link already holds one.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
    private late = false,
  ) {
    host.addController(this);
  }

  private state(): UrlState {
    return urlStateOf(this.options.state());
  }

  private get key(): string {
    return this.options.key() || 'map';
  }

  hostConnected(): void {
    this.connected = true;
    this.follow(!this.late);
    this.late = false;
  }

  /** `sync-url` set, changed or removed at run time starts, moves or stops the sync. */
  hostUpdated(): void {
    // A removed element may still update (a flight ending): it must not take the URL back.
    if (!this.connected) return;
    this.follow(false);
    const state = this.pending;
    if (state && this.syncing !== undefined && this.options.known?.()) {
      this.pending = undefined;
      this.take(state);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private follow(connecting: boolean): void {
    if (this.options.key() === null) {
      this.stop();
      return;
    }
    if (this.syncing === this.key) return;
    if (this.syncing === undefined) {
      window.addEventListener('hashchange', this.onHashChange);
      const { projects, layers, view, selected } = this.state();
      this.initial = { projects, layers, view, selected };
    }
    this.syncing = this.key;
    // The link wins when it holds our key; else, set at run time, the element's state goes into the URL.
    if (readHash(location.hash, this.key) !== undefined) this.restore(false);
    else if (!connecting) this.write();
  }

  private stop(): void {
    if (this.syncing === undefined) return;
    window.removeEventListener('hashchange', this.onHashChange);
    this.syncing = undefined;
    this.pending = undefined;
  }

  restore(changed = false, hash = location.hash): void {
    if (this.syncing === undefined) return;
    const value = readHash(hash, this.key);
    if (value === undefined) {
      // Back to a URL without our key (the page as first opened): the state the element began with.
      if (changed && this.initial) this.options.apply(this.initial);
      return;
    }
    if (value.length > MAX_URL_STATE) {
      note(`over ${MAX_URL_STATE} characters, ignored`);
      return;
    }
    this.take(decodeState(value));
  }

  /** Applies a state read from the URL without what the data does not have (noted). */
  private take(state: UrlState): void {
    if (state.centre) this.restoredView = state.centre;
    const has = this.options.known ? this.options.known() : () => true;
    if (!has) {
      this.pending = state;
      return;
    }
    const projects = state.projects?.filter((id) => has('project', id));
    const s = state.selected;
    const keep = s && has(s.kind, s.id) ? s : undefined;
    const left = (state.projects?.length ?? 0) - (projects?.length ?? 0) + (s && !keep ? 1 : 0);
    if (left) note(`${left} id(s) not in the data left out`);
    // A link naming only projects the data lacks shows them all, not none.
    this.options.apply({ ...state, projects: projects?.length || !state.projects?.length ? projects : undefined, selected: keep });
  }

  /** Writes the state (replacing the history entry: no flood of entries, no hashchange). */
  write(): void {
    if (this.options.key() === null || this.syncing === undefined) return;
    const hash = writeHash(location.hash, this.key, encodeState(this.state()));
    if (hash !== location.hash && !(hash === '' && location.hash === '#'))
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
