import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeState, encodeState, readHash, writeHash, type UrlState } from './url-state.js';

export interface UrlSyncHost extends ReactiveControllerHost {
  /** The key under which the state lives in the hash; null leaves the URL alone. */
  readonly syncUrl: string | null;
  /** The state to write now. */
  urlState(): UrlState;
  /** Takes a state read from the URL. */
  applyUrlState(state: UrlState): void;
}

/**
 * Keeps the element's state in the page's URL hash (`sync-url`): reads it on connect and when the
 * hash changes (back button, a pasted link), writes it on change without adding history entries.
 */
export class UrlSyncController implements ReactiveController {
  /** The centre and zoom of the link the element was opened with, until the map has its own. */
  restoredView: UrlState['centre'];
  private readonly onHashChange = () => this.restore();

  constructor(private readonly host: UrlSyncHost) {
    host.addController(this);
  }

  private get key(): string {
    return this.host.syncUrl || 'map';
  }

  hostConnected(): void {
    if (this.host.syncUrl === null) return;
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
    this.host.applyUrlState(state);
  }

  /** Writes the state (replacing the history entry: no flood of entries, no hashchange). */
  write(): void {
    if (this.host.syncUrl === null) return;
    const hash = writeHash(location.hash, this.key, encodeState(this.host.urlState()));
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
