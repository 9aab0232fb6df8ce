/** The header's one-line summary: it counts only what the layers shown draw. */
import type { LayerName } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import type { ViewModel } from './view-model.js';

/** "Map of 4 projects: 25 partners in 12 countries; 10 target markets", without the partners
 *  when Consortia is off and without the markets when Reach is off (a count of what is not drawn
 *  would be read as a count of what is). */
export function summaryOf(msg: Messages, vm: ViewModel, layers: readonly LayerName[]): string {
  const s = vm.selection;
  const partners = layers.includes('consortia');
  const markets = layers.includes('reach');
  if (partners && markets) return msg.summary(s.projects.length, s.partners.length, vm.countries, s.markets.length);
  if (partners) return msg.summaryPartners(s.projects.length, s.partners.length, vm.countries);
  if (markets) return msg.summaryMarkets(s.projects.length, s.markets.length);
  return msg.summaryProjects(s.projects.length);
}
