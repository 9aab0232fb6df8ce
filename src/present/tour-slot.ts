import type { ReactiveControllerHost } from 'lit';
import type { TourController, TourOptions, TourStep } from './tour.js';

type TourModule = typeof import('./tour.js');

/**
 * Where the tour plugs in. The tour (its timer, steps and keys) is a chunk of its own, fetched the
 * first time it plays (▶, `playTour()`, or the `tour` attribute): a first view that is never
 * presented does not carry it. Until then no tour is on: its keys and clicks are the visitor's.
 * The element's `updateComplete` waits for `pending`, so a tour asked for is showing its first
 * step once it resolves.
 */
export class TourSlot {
  #tour: TourController | undefined;
  #module: Promise<TourModule> | undefined;
  #loaded: TourModule | undefined;
  /** Counts the actions asked for while the chunk was on its way, and the stops. */
  #turn = 0;
  /** The chunk could not be fetched (a host that did not copy it beside partner-map.js). */
  failed = false;
  /** The last action asked for while the chunk was on its way, until it has been done. */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TourOptions,
  ) {}

  get active(): boolean {
    return !!this.#tour?.active;
  }

  get playing(): boolean {
    return !!this.#tour?.playing;
  }

  get current(): TourStep | undefined {
    return this.#tour?.current;
  }

  /** The current step's place (from 0) and the number of steps. */
  get index(): number {
    return this.#tour?.index ?? -1;
  }

  get count(): number {
    return this.#tour?.count ?? 0;
  }

  /** Starts from the first step (or resumes a paused tour). */
  play(): void {
    this.#with((tour) => tour.play());
  }

  /** Starts the tour by itself (the `tour` attribute) once the data is on the map, and says in
   *  the console when its value cannot be used as seconds. */
  autoplay(): void {
    this.#with((tour, module) => {
      module.noteTour(this.options.seconds());
      tour.autoplay();
    });
  }

  // What follows acts on a tour that is on: without the chunk, none is.
  toggle(): void {
    this.#tour?.toggle();
  }

  next(): void {
    this.#tour?.next();
  }

  previous(): void {
    this.#tour?.previous();
  }

  more(): void {
    this.#tour?.more();
  }

  /** Stops the tour, and a start asked for while its chunk is on its way. */
  stop(): void {
    this.#turn++;
    this.#tour?.stop();
  }

  /** The tour's keys while it is on (see TourController.keydown); true when the key was the tour's. */
  keydown(e: KeyboardEvent): boolean {
    return this.#tour?.keydown(e) ?? false;
  }

  /** A click, tap or wheel outside the tour's own controls stops it. */
  pointer(e: Event): void {
    this.#tour?.pointer(e);
  }

  /** Does `act` with the tour: at once when its chunk is here, else once it has arrived (a chunk
   *  that cannot be fetched is said; the map goes on without a tour). */
  #with(act: (tour: TourController, module: TourModule) => void): void {
    const here = this.#loaded;
    if (here) return act((this.#tour ??= new here.TourController(this.host, this.options)), here);
    // The last action asked for wins: one asked for before a stop() is not done after it.
    const turn = ++this.#turn;
    const work = (this.#module ??= import('./tour.js')).then(
      (module) => {
        this.#loaded = module;
        // Not for an element that has left the page meanwhile: its timer would step on unseen.
        if (turn === this.#turn && this.host.isConnected) this.#with(act);
      },
      (error: unknown) => {
        // Said in the widget (the frame shows `failed`), and to the developer with the file's name.
        this.failed = true;
        this.host.requestUpdate();
        console.error('partner-map: the tour did not load (partner-map-tour.js)', error);
      },
    );
    this.pending = work;
    void work.then(() => {
      if (this.pending === work) this.pending = undefined;
    });
  }
}
