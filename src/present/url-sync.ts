import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeState, encodeState, readHash, writeHash, type UrlState } from './url-state.js';

export interface UrlSyncOptions {
  /** The key under which the state lives in the hash; null leaves the URL alone. */
  readonly key: () => string | null;
  /** The state to write now. */
  readonly state: () => UrlState;
  /** Takes a state read from the URL. */
  readonly apply: (state: UrlState) => void;
}

/**
 * Keeps the element's state in the page's URL hash (`sync-url`): reads it on connect and when the
 * hash changes (back button, a pasted link), writes it on change without adding history entries.
 */
export class UrlSyncController implements ReactiveController {
  /** The centre and zoom of the link the element was opened with, until the map has its own. */
  restoredView: UrlState['centre'];
  private readonly onHashChange = () => this.restore();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  private get key(): string {
    return this.options.key() || 'map';
  }

  hostConnected(): void {
    if (this.options.key() === null) return;
    this.restore();
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  restore(): void {
    const value = readHash(location.hash, this.key);
    if (value === undefined) return;
    const state = decodeState(value);
    if (state.centre) this.restoredView = state.centre;
    this.options.apply(state);
  }

  /** Writes the state (replacing the history entry: no flood of entries, no hashchange). */
  write(): void {
    if (this.options.key() === null) return;
    const hash = writeHash(location.hash, this.key, encodeState(this.options.state()));
    if (hash !== location.hash && !(hash === '' && location.hash === '#'))
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
