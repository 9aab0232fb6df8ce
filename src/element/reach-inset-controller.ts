import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptStyles } from './adopt-styles.js';
import { countryAnchor } from '../data/world.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { nextTask, runSteps } from '../map/tasks.js';
import type { ViewModel } from './view-model.js';

/** The reach inset comes in a chunk of its own, fetched as soon as a map has markets to show: it
 *  is drawn right after the first view, and costs the start nothing. Its styles are adopted into
 *  the shadow root when it arrives (a constructed sheet: no inline <style>, so a strict CSP holds). */
type InsetModule = typeof import('../ui/reach-inset.js');

let loading: Promise<InsetModule> | undefined;

const PENDING = html`<div class="reach-inset-pending" aria-hidden="true"><div></div></div>`;

/** The inset's module (asked for once per page; a failure is final for the page). */
const loadInset = (): Promise<InsetModule> => (loading ??= import('../ui/reach-inset.js'));

/** What the inset asks of the element, as closures. */
export interface ReachInsetOptions {
  /** The part of the world the main map shows now, as [west, south, east, north]. */
  readonly bounds: () => readonly [number, number, number, number] | undefined;
  /** Fits the first view again, beside the inset (unless the visitor has moved the map). */
  readonly refit: () => void;
  /** A market was chosen in the inset. */
  readonly onCountry: (country: string) => void;
  /** "Show the whole world" was chosen. */
  readonly onWorld: () => void;
}

/**
 * The reach inset: the target markets and the arcs to them, in a world map in the corner, while
 * some of them are out of the main map's view (the first view is fitted to the consortia).
 */
export class ReachInsetController implements ReactiveController {
  private module: InsetModule | undefined;
  private failed = false;
  /** The chunk has been asked for (and its first drawing prepared), once. */
  private loading = false;
  /** Drawn once already: the first view has been fitted beside it. */
  private drawn = false;
  /** Whether the inset is drawn now, or waits for the map's view (then moves must redraw). */
  shown = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ReachInsetOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The inset as it should be drawn now, or nothing (no markets, all in view, not loaded yet). */
  template(vm: ViewModel, reachShown: boolean, msg: Messages, lang: Lang): TemplateResult | typeof nothing {
    const markets = vm.selection.markets;
    this.shown = false;
    if (!reachShown || !markets.length || this.failed) return nothing;
    const inset = this.module;
    if (!inset) {
      this.load(vm, lang);
      // Its room, kept while the chunk loads: the first view is fitted beside it, once.
      return PENDING;
    }
    adoptStyles(this.host, inset.reachInsetStyles);
    const bounds = this.options.bounds();
    // Until the map has a view, the inset waits for it (the next move draws it).
    this.shown = true;
    if (!bounds) return nothing;
    const [w, s, e, n] = bounds;
    const inView = (code: string) => {
      const [lon, lat] = countryAnchor(code) ?? [0, 0];
      return lon >= w && lon <= e && lat >= s && lat <= n;
    };
    if (markets.every((m) => inView(m.country))) return nothing;
    // Arriving after the first view, the inset takes a corner: the view is fitted again beside it.
    if (!this.drawn) {
      this.drawn = true;
      void this.host.updateComplete.then(() => this.options.refit());
    }
    return inset.reachInset({
      selection: vm.selection,
      data: vm.data,
      looks: vm.looks,
      bounds,
      msg,
      lang,
      onCountry: this.options.onCountry,
      onWorld: this.options.onWorld,
    });
  }

  private load(vm: ViewModel, lang: Lang): void {
    if (this.loading) return;
    this.loading = true;
    void loadInset().then(
      async (m) => {
        // What is slow to work out the first time, in tasks of its own (short steps share one):
        // drawn with the rest of the first inset, 10,000 projects made it one task of over 200 ms.
        // Only a head start: should it fail, the inset works it out as it is drawn.
        try {
          await runSteps(m.insetSteps(vm.selection, vm.data, vm.looks, lang), nextTask, () => true, HEAD_START_BUDGET);
        } catch (error: unknown) {
          console.warn('partner-map: the reach inset is drawn without its head start', error);
        }
        this.module = m;
        this.host.requestUpdate();
      },
      // Served without its chunk: the map still works, the markets are on it when zoomed out.
      (error: unknown) => {
        if (!this.failed) console.warn('partner-map: no reach inset', error);
        this.failed = true;
        // The room kept for it goes: the first view takes it back.
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.options.refit());
      },
    );
  }
}

/** The inset's head start runs on in one task for up to this many ms. */
const HEAD_START_BUDGET = 30;
