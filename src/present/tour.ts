import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Project } from '../data/types.js';

/** A tour step: a project's consortium, then (for programmes with markets) its reach. */
export type TourStepKind = 'consortium' | 'reach';
export interface TourStep {
  readonly project: Project;
  readonly step: TourStepKind;
}

export interface TourHost extends ReactiveControllerHost {
  /** The steps for the projects visible now, in order. */
  tourSteps(): TourStep[];
  /** Shows one step: fit the map, open the facts; fires `tour-step`. */
  showTourStep(step: TourStep): void;
  /** Seconds per step. */
  tourSeconds(): number;
}

/**
 * Steps through the visible projects on a timer: play, pause, next, previous, stop. Owns only the
 * timer and the position; the element shows each step.
 */
export class TourController implements ReactiveController {
  /** Index of the current step, or -1 when no tour is on. */
  index = -1;
  playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private steps: TourStep[] = [];

  constructor(private readonly host: TourHost) {
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

  /** Starts from the first step (or resumes a paused tour). */
  play(): void {
    if (this.active && !this.playing) return this.resume();
    this.steps = this.host.tourSteps();
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
    if (step) this.host.showTourStep(step);
    if (this.playing) this.schedule();
    this.host.requestUpdate();
  }

  private schedule(): void {
    this.clear();
    // After the last step the tour goes round again: a kiosk on a stand never runs out.
    this.timer = setTimeout(() => this.go((this.index + 1) % this.steps.length), Math.max(0.05, this.host.tourSeconds()) * 1000);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
