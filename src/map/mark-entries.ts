import { isLead, type VisiblePartner } from '../data/selectors.js';
import type { CollabEvent } from '../data/types.js';
import * as L from './leaflet.js';
import { eventMark, GROUP_MARK_SIZE, groupMark, partnerMark } from '../graphics/marks.js';
import { EVENT_SIZE, FALLBACK_COLOUR, LEAD_SIZE, MEMBER_SIZE, TARGET_SIZE } from '../graphics/tokens.js';
import type { MapInput } from './map-input.js';
import { joinGiven } from '../ui/partner-text.js';

/** One partner or event: where it is and how its mark is drawn, named and chosen. */
export interface Entry {
  readonly key: string;
  readonly home: L.LatLng;
  /** Drawn diameter at mark scale 1. */
  readonly size: number;
  /** Ids of the projects it takes part in (visible ones), for the group's ring and for dimming. */
  readonly projects: readonly string[];
  readonly city: string;
  readonly name: string;
  readonly partner?: VisiblePartner;
  readonly event?: CollabEvent;
  readonly icon: () => L.DivIcon;
  /** The mark's accessible name, worked out when first read: 10,000 events' dates, formatted for
   *  marks most of which are drawn in groups, were ~70 ms of the first drawing. */
  readonly label: string;
  readonly tip: string;
  readonly z: number;
}

/** The marks of the visible partners (of the leads alone when the rest are clustered). */
export function partnerEntries(input: MapInput, clustered: boolean): Entry[] {
  return input.selection.partners.flatMap((visible): Entry[] => {
    const { partner, roles } = visible;
    const lead = isLead(visible);
    if (clustered && !lead) return [];
    const size = Math.max(TARGET_SIZE, lead ? LEAD_SIZE : MEMBER_SIZE);
    let label: string | undefined;
    return [
      {
        key: `partner:${partner.id}`,
        home: L.latLng(partner.position[1], partner.position[0]),
        size: lead ? LEAD_SIZE : MEMBER_SIZE,
        projects: roles.map((r) => r.project.id),
        city: partner.city ?? '',
        name: partner.shortName,
        partner: visible,
        icon: () =>
          L.divIcon({
            html: partnerMark(
              roles.map((r) => input.looks.get(r.project.id) ?? { colour: FALLBACK_COLOUR, shape: 0, dash: '' }),
              lead,
            ),
            className: `pm-partner${lead ? ' pm-lead' : ''}${partner.id === input.emphasis ? ' pm-emph' : ''}`,
            iconSize: [size, size],
          }),
        get label() {
          return (label ??= input.partnerLabel(visible));
        },
        tip: joinGiven(' · ', partner.shortName, partner.city),
        z: partner.id === input.emphasis ? 1500 : lead ? 500 : 0,
      },
    ];
  });
}

/** The marks of the visible events. */
export function eventEntries(input: MapInput): Entry[] {
  return input.selection.events.map((event): Entry => {
    let label: string | undefined;
    return {
      key: `event:${event.id}`,
      home: L.latLng(event.position[1], event.position[0]),
      size: EVENT_SIZE,
      projects: [event.project],
      city: event.city ?? '',
      name: event.name,
      event,
      icon: () =>
        L.divIcon({ html: eventMark(input.looks.get(event.project)?.colour ?? FALLBACK_COLOUR), className: 'pm-event', iconSize: [TARGET_SIZE, TARGET_SIZE] }),
      get label() {
        return (label ??= input.eventLabel(event));
      },
      tip: event.name,
      z: 1000,
    };
  });
}

/** The value most of `values` share (the first of the most common): a group's place name. */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  // '' is a mark with no city: any named place is a better name for the group.
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A group's mark: its count in a ring of its members' projects' colours. `order` is each visible
 *  project's place in the selection: the ring's parts follow it, not a walk over all projects per
 *  group (10,000 projects × hundreds of groups). */
export function groupIcon(entries: readonly Entry[], input: MapInput, order: ReadonlyMap<string, number>): L.DivIcon {
  const counts = new Map<string, number>();
  for (const e of entries) for (const p of e.projects) counts.set(p, (counts.get(p) ?? 0) + 1);
  const ids = [...counts.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // One part per colour, not per project: a group of 5,000 leads of 5,000 projects would be a
  // ring of 5,000 paths in eight colours. With a colour per project it is the same ring.
  const shares = new Map<string, number>();
  for (const id of ids) {
    const colour = input.looks.get(id)?.colour ?? FALLBACK_COLOUR;
    shares.set(colour, (shares.get(colour) ?? 0) + (counts.get(id) ?? 0));
  }
  const glyph = groupMark([...shares.values()], [...shares.keys()], String(entries.length));
  const size = Math.max(TARGET_SIZE, GROUP_MARK_SIZE);
  const emphasis = input.emphasis && entries.some((e) => e.partner?.partner.id === input.emphasis);
  return L.divIcon({ html: glyph, className: emphasis ? 'pm-group pm-emph' : 'pm-group', iconSize: [size, size] });
}
