import type { ReactiveControllerHost } from 'lit';
import type { SearchHit } from '../data/search.js';
import type { SearchContext } from '../data/search-everything.js';
import type { SearchInput } from '../ui/search.js';

/** The search over everything is a chunk (its index and ranking), fetched when the box is first
 *  focused or typed in; until it is here there are no results (and no "nothing matches"). */
type Everything = typeof import('../data/search-everything.js');
let loading: Promise<Everything> | undefined;

/** The search box's state (query, open, highlighted option) and its keyboard. */
export class SearchController {
  private module: Everything | undefined;
  private asked = false;
  query = '';
  open = false;
  /** Index of the highlighted option, or -1. */
  active = -1;
  /** The count of results the status says, or -1 (nothing): said once typing has paused (4.1.3). */
  private said = -1;
  private pause: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: () => SearchContext,
    private readonly chosen: (hit: SearchHit) => void,
  ) {}

  private hits(query: string): SearchHit[] {
    if (!query.trim()) return [];
    if (!this.module) {
      this.load();
      return [];
    }
    return this.module.searchEverything(this.context(), query);
  }

  private load(): void {
    if (this.asked) return;
    this.asked = true;
    void (loading ??= import('../data/search-everything.js')).then(
      (m) => {
        this.module = m;
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('partner-map: the search did not load', error),
    );
  }

  /** The search template's state and callbacks (language and messages aside). */
  input(): Omit<SearchInput, 'lang' | 'msg'> {
    return {
      query: this.query,
      hits: this.hits(this.query),
      active: this.active,
      open: this.open,
      said: this.said,
      pending: !this.module,
      onFocus: () => this.load(),
      onInput: (q) => {
        // A screen reader hears the count 600 ms after the last keystroke, not after each one.
        this.said = -1;
        clearTimeout(this.pause);
        this.pause = setTimeout(() => this.set(this.query, this.open, this.active, this.hits(this.query).length), 600);
        this.set(q, true, -1);
      },
      onKey: (e) => this.onKey(e),
      onChoose: (hit) => this.choose(hit),
      onBlur: () => this.set(this.query, false, this.active),
    };
  }

  private set(query: string, open: boolean, active: number, said = this.said): void {
    [this.query, this.open, this.active, this.said] = [query, open, active, said];
    this.host.requestUpdate();
  }

  private choose(hit: SearchHit): void {
    this.set('', false, -1);
    this.chosen(hit);
  }

  private onKey(e: KeyboardEvent): void {
    const hits = this.hits(this.query);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return this.set(this.query, true, this.active);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // Up from nothing highlighted goes to the last option (the list wraps round).
      const next = this.active < 0 && step < 0 ? hits.length - 1 : (this.active + step + hits.length) % hits.length;
      this.set(this.query, true, next);
      // The highlighted option scrolls into the list's view (it may be below the fold).
      const root = (e.target as Node).getRootNode() as ParentNode;
      void this.host.updateComplete.then(() => root.querySelector(`#search-option-${next}`)?.scrollIntoView({ block: 'nearest' }));
    } else if (e.key === 'Enter') {
      const hit = hits[Math.max(0, this.active)];
      if (hit && this.query.trim()) {
        e.preventDefault();
        this.choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (this.open && this.query) e.stopPropagation();
      this.set('', false, -1);
    }
  }
}
