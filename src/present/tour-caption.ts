import type { Collaborations } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import type { TourStep } from './tour.js';

/**
 * The one line under a tour step's headline, short enough to read from the back of a room:
 * "2016–2019 · 10 partners in 7 countries" for a consortium, "6 partners · 8 target markets" for
 * a reach. Years the sources do not give are left out, never guessed.
 */
export function tourLine(msg: Messages, data: Collaborations, { project, step }: TourStep): string {
  const members = data.partners.filter((p) => Object.hasOwn(p.roles, project.id));
  if (step === 'reach') return `${msg.partners(members.length)} · ${msg.tourMarkets(project.targetMarkets.length)}`;
  const countries = new Set(members.map((p) => p.country)).size;
  const [from, to] = [project.start?.slice(0, 4), project.end?.slice(0, 4)];
  const years = from && to ? (from === to ? from : `${from}–${to}`) : undefined;
  return [years, `${msg.partners(members.length)} ${msg.tourCountries(countries)}`].filter(Boolean).join(' · ');
}

/** A slide's caption: the tour step shown ("LASER-GO: reach · 6 partners · 8 target markets"), the
 *  project in the details, else the map's summary. */
export function viewCaption(msg: Messages, data: Collaborations, step: TourStep | undefined, summary: string): string {
  return step ? `${step.project.name}: ${msg.tourSteps[step.step]} · ${tourLine(msg, data, step)}` : summary;
}
