import { PANEL_LIST_CAP, Pager } from '../ui/capped.js';
import type { ReactiveControllerHost } from 'lit';
import type { DetailsTarget } from '../map/map-input.js';
import type { ViewModel } from './view-model.js';

/** What the details panel shows: a kind and an id, resolved against the current data (a group of
 *  partners sharing a place carries its members: it has no id of its own). */
export type Selected =
  { readonly kind: Exclude<DetailsTarget['kind'], 'group'>; readonly id: string } | (DetailsTarget & { readonly kind: 'group'; readonly id: '' });

export interface DetailsOptions {
  /** The shadow root's focused element, to return to when details opened from it close. */
  readonly active: () => Element | null;
  /** Where focus goes when the element it came from has gone (the map). */
  readonly fallbackFocus: () => HTMLElement | null;
  /** The panel's heading, focused when details open. */
  readonly heading: () => HTMLElement | null;
  readonly opened: (target: DetailsTarget) => void;
  readonly closed: () => void;
}

/**
 * The details panel's state: what is selected, and where focus goes back to when it closes.
 * Opening moves focus to the panel's heading; closing returns it to what opened it.
 */
export class DetailsController {
  selected: Selected | undefined;
  /** Whether the selected partner's links to its co-partners are drawn ("Show links"): off again
   *  whenever the selection changes or closes. */
  links = false;
  /** Where focus was when details opened, to return there when they close. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DetailsOptions,
  ) {
    this.pager = new Pager(host);
  }

  /** Sets the selection without moving focus (a restored link, a tour step). */
  set(selected: Selected | undefined): void {
    this.selected = selected;
    this.links = false;
    this.pager.shown = PANEL_LIST_CAP;
    this.host.requestUpdate();
  }

  /** A partner's projects in its details, paged ("Show 100 more"); the first page again whenever
   *  the selection changes. */
  readonly pager: Pager;

  toggleLinks(): void {
    this.links = !this.links;
    this.host.requestUpdate();
  }

  /** The key of the selected mark (`partner:id`, `event:id`), for the map's ring. */
  get markKey(): string | undefined {
    const s = this.selected;
    return s && (s.kind === 'partner' || s.kind === 'event') ? `${s.kind}:${s.id}` : undefined;
  }

  /** Opens details for a target; `origin` gets focus back when they close. */
  open(target: DetailsTarget, origin: HTMLElement | null): void {
    const active = this.options.active();
    const from = origin ?? (active instanceof HTMLElement ? active : null);
    // Details opened from details replace them in the same panel: closing it returns to what opened
    // the panel first (the control inside it has gone with the details it was in).
    if (!(this.selected && from?.closest('.drawer'))) this.returnFocus = from;
    if (target.kind === 'group') this.set({ ...target, id: '' });
    else {
      const id =
        target.kind === 'partner'
          ? target.partner.id
          : target.kind === 'project'
            ? target.project.id
            : target.kind === 'country'
              ? target.country
              : target.event.id;
      this.set({ kind: target.kind, id });
    }
    this.options.opened(target);
    void this.host.updateComplete.then(() => this.options.heading()?.focus({ preventScroll: true }));
  }

  /** Where focus goes back to on close (the search box, after a search result was chosen). */
  returnTo(element: HTMLElement | null): void {
    this.returnFocus = element;
  }

  close(): void {
    this.set(undefined);
    this.options.closed();
    const back = this.returnFocus;
    this.returnFocus = null;
    void this.host.updateComplete.then(() => {
      if (back?.isConnected) back.focus();
      else this.options.fallbackFocus()?.focus();
    });
  }

  /** The selection resolved against the current data; undefined if it is no longer there. */
  target(vm: ViewModel): DetailsTarget | undefined {
    const s = this.selected;
    if (!s) return undefined;
    if (s.kind === 'group') return s;
    if (s.kind === 'country') return { kind: 'country', country: s.id };
    if (s.kind === 'partner') {
      const partner = vm.partner(s.id);
      return partner ? { kind: 'partner', partner } : undefined;
    }
    if (s.kind === 'project') {
      const project = vm.data.projects.find((p) => p.id === s.id);
      return project ? { kind: 'project', project } : undefined;
    }
    const event = vm.data.events.find((e) => e.id === s.id);
    return event ? { kind: 'event', event } : undefined;
  }
}
