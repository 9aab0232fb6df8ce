/** What the map says of each thing it draws, in the language in use, and the map's input. */
import type { VisiblePartner } from '../data/selectors.js';
import type { CollabEvent, LayerName } from '../data/types.js';
import { countryName, formatCompact, formatCount, formatDateRange } from '../i18n/format.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { DetailsTarget, MapInput } from '../map/map-input.js';
import type { ViewModel } from './view-model.js';
import { joinGiven } from '../ui/partner-text.js';

/** A partner mark's accessible name: short name, city, country and its visible roles. */
export function partnerLabel(lang: Lang, msg: Messages, { partner, roles: visibleRoles }: VisiblePartner): string {
  const roles = visibleRoles.map(({ project, role }) => `${project.name} (${msg.roles[role]})`).join(', ');
  return `${joinGiven(', ', partner.shortName, partner.city, countryName(lang, partner.country))}: ${roles}`;
}

export function eventLabel(lang: Lang, msg: Messages, event: CollabEvent): string {
  return `${msg.event}: ${joinGiven(', ', event.name, event.city, formatDateRange(lang, event.start, event.end, msg.datesUnknown))}`;
}

/** The name said when details open: the partner's short name, the project's name, … */
export function targetName(lang: Lang, msg: Messages, target: DetailsTarget): string {
  switch (target.kind) {
    case 'partner':
      return target.partner.shortName;
    case 'project':
      return target.project.name;
    case 'country':
      return countryName(lang, target.country);
    case 'group':
      return msg.groupHere(formatCount(lang, target.total));
    default:
      return target.event.name;
  }
}

export interface MapInputSettings {
  readonly vm: ViewModel;
  readonly layers: readonly LayerName[];
  readonly tiles: string | undefined;
  readonly tilesCrossOrigin: boolean;
  readonly clusterThreshold: number;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly onSelect: MapInput['onSelect'];
  /** The id of the partner whose view this is. */
  readonly emphasis?: string | undefined;
}

/** The map's input: what to draw, how to name it, and where choices go. */
export function mapInputOf({ vm, layers, tiles, tilesCrossOrigin, clusterThreshold, lang, msg, onSelect, emphasis }: MapInputSettings): MapInput {
  return {
    data: vm.data,
    selection: vm.selection,
    layers,
    looks: vm.looks,
    tiles,
    tilesCrossOrigin,
    emphasis,
    partnerLabel: (v) => partnerLabel(lang, msg, v),
    eventLabel: (e) => eventLabel(lang, msg, e),
    clusterThreshold: Number.isFinite(clusterThreshold) ? Math.max(0, clusterThreshold) : 300,
    groupLabel: (count, parts, opens) => {
      const text = parts.map(({ project, count: n }) => `${project.name} ${formatCount(lang, n)}`).join(', ');
      return msg.groupLabel(formatCount(lang, count), text, opens);
    },
    groupTip: (count) => msg.groupTip(formatCount(lang, count)),
    groupMarkLabel: (place, names, opens) => msg.groupMarkLabel(place, names, opens),
    compact: (n) => formatCompact(lang, n),
    mapLabel: msg.mapLabel,
    mapRole: msg.mapRole,
    onSelect,
  };
}

/** Where a chosen target stands on the map, [lon, lat] (a group: its first member); none for a
 *  project or a country. */
export const placeOf = (target: DetailsTarget): readonly [number, number] | undefined =>
  target.kind === 'partner'
    ? target.partner.position
    : target.kind === 'event'
      ? target.event.position
      : target.kind === 'group'
        ? target.members[0]?.partner.position
        : undefined;
