import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Project } from '../data/types.js';

/** A tour step: a project's consortium, then (for programmes with markets) its reach. */
export type TourStepKind = 'consortium' | 'reach';
export interface TourStep {
  readonly project: Project;
  readonly step: TourStepKind;
}

/** The tour's steps for these projects: each consortium, then its reach when it has target markets
 *  and the reach layer is shown. */
export const tourSteps = (projects: readonly Project[], withReach: boolean): TourStep[] =>
  projects.flatMap((project): TourStep[] =>
    project.targetMarkets.length && withReach
      ? [
          { project, step: 'consortium' },
          { project, step: 'reach' },
        ]
      : [{ project, step: 'consortium' }],
  );

export interface TourOptions {
  /** The projects visible now, in order: a step for each (two with its reach). */
  readonly projects: () => readonly Project[];
  /** Whether the reach layer is shown: the programmes' reach is a step of its own. */
  readonly withReach: () => boolean;
  /** Shows one step: fit the map, open the facts; fires `tour-step`. */
  readonly show: (step: TourStep) => void;
  /** Seconds per step (the `tour` attribute): not a number above 0, the default. */
  readonly seconds: () => number | undefined;
  /** Whether the data is on the map (a tour that starts by itself waits for `map-ready`). */
  readonly drawn: () => boolean;
  /** Opens the current step's full text (the project's details); the tour pauses. */
  readonly more: (step: TourStep) => void;
}

/** Seconds per step when `tour` is not a usable number. */
export const DEFAULT_TOUR_SECONDS = 8;

/** A step's length as setTimeout can keep it: it takes at most 2³¹−1 ms and fires at once for
 *  anything longer or not finite (tour="Infinity" stepped every few ms); not a number of seconds
 *  above 0, the default. */
export function stepMs(seconds: number | undefined): number {
  const ms = (seconds ?? 0) * 1000;
  return Number.isFinite(ms) && ms > 0 ? Math.min(2 ** 31 - 1, Math.max(50, ms)) : DEFAULT_TOUR_SECONDS * 1000;
}

/**
 * Steps through the visible projects on a timer: play, pause, next, previous, stop. Owns only the
 * timer and the position; the element shows each step. It comes in a chunk of its own
 * (`partner-map-tour.js`), fetched the first time a tour plays: see TourSlot.
 */
export class TourController implements ReactiveController {
  /** Index of the current step, or -1 when no tour is on. */
  index = -1;
  playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private steps: TourStep[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TourOptions,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.index >= 0;
  }

  get current(): TourStep | undefined {
    return this.steps[this.index];
  }

  get count(): number {
    return this.steps.length;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts the tour by itself (the `tour` attribute) once the data is on the map. */
  autoplay(): void {
    if (this.active) return;
    if (this.options.drawn()) this.play();
    else this.host.addEventListener('map-ready', () => this.play(), { once: true });
  }

  /** Starts from the first step (or resumes a paused tour). */
  play(): void {
    if (this.active && !this.playing) return this.resume();
    this.steps = tourSteps(this.options.projects(), this.options.withReach());
    if (!this.steps.length) return;
    this.playing = true;
    this.go(0);
  }

  pause(): void {
    this.playing = false;
    this.clear();
    this.host.requestUpdate();
  }

  resume(): void {
    if (!this.active) return this.play();
    this.playing = true;
    this.schedule();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.resume();
  }

  next(): void {
    if (this.active) this.go((this.index + 1) % this.steps.length);
  }

  previous(): void {
    if (this.active) this.go((this.index - 1 + this.steps.length) % this.steps.length);
  }

  stop(): void {
    // The bar goes with the tour: focus in it would fall to the page, so it goes back to ▶.
    const root = this.host.shadowRoot;
    const inBar = !!root?.activeElement?.closest('.tour-bar');
    if (inBar) void this.host.updateComplete.then(() => root?.querySelector<HTMLElement>('.tour-play')?.focus());
    this.clear();
    this.playing = false;
    this.index = -1;
    this.steps = [];
    this.host.requestUpdate();
  }

  private go(index: number): void {
    this.clear();
    this.index = index;
    const step = this.steps[index];
    if (step) this.options.show(step);
    if (this.playing) this.schedule();
    this.host.requestUpdate();
  }

  private schedule(): void {
    this.clear();
    // After the last step the tour goes round again: a kiosk on a stand never runs out.
    this.timer = setTimeout(() => this.go((this.index + 1) % this.steps.length), stepMs(this.options.seconds()));
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Opens the current step's full text, pausing the tour so it stays while it is read. */
  more(): void {
    const step = this.current;
    if (!step) return;
    this.pause();
    this.options.more(step);
  }

  /** Keys while a tour is on: Space pauses and resumes, arrows (and a presenter's clicker: Page
   *  Down and Page Up) step, I opens the full text (the details); any other key (but modifiers
   *  and Tab) hands control back to the visitor. Enter and Space on a control are the control's
   *  (the tour's own buttons do what they say; others act, and the tour goes on or stops as above).
   *  True when the key was the tour's. */
  keydown(e: KeyboardEvent): boolean {
    if (!this.active || e.target instanceof HTMLInputElement) return false;
    const control = e.target instanceof Element && !!e.target.closest('button, summary, a[href]');
    if (control && (e.key === ' ' || (e.key === 'Enter' && this.own(e)))) return false;
    const keys: Record<string, () => void> = {
      ' ': () => this.toggle(),
      ArrowRight: () => this.next(),
      PageDown: () => this.next(),
      ArrowLeft: () => this.previous(),
      PageUp: () => this.previous(),
      i: () => this.more(),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      e.stopPropagation();
      act();
      return true;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta', 'Tab'].includes(e.key)) this.stop();
    return false;
  }

  /** A click, tap or wheel anywhere but on the tour's own controls stops the tour. */
  pointer(e: Event): void {
    if (this.active && !this.own(e)) this.stop();
  }

  /** Whether the event happened on the tour's own controls (the bar, ▶). */
  private own(e: Event): boolean {
    return e.composedPath().some((n) => n instanceof HTMLElement && (n.classList.contains('tour-bar') || n.classList.contains('tour-play')));
  }
}

/** Says in the console when a `tour` value cannot be used as seconds (the default is used). */
export function noteTour(tour: number | undefined): void {
  if (tour !== undefined && !(tour > 0))
    console.warn(`partner-map: tour="${String(tour)}" is not a number of seconds above 0; steps last ${DEFAULT_TOUR_SECONDS} s`);
}
