// Type-level test, checked by `npm run typecheck` (tsconfig.test.json), not run: the types a consumer
// needs to handle the element's events and properties are exported from the package entry.
import type { MarketSummary, PartnerMap, Theme, TourStepEvent } from '../../src/index.js';

/** `true` when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<Theme, PartnerMap['theme']>>,
  Assert<Same<Theme, 'light' | 'dark' | 'auto'>>,
  Assert<Same<MarketSummary[], PartnerMap['markets']>>,
  Assert<Same<TourStepEvent['detail'], { project: string; step: 'consortium' | 'reach' }>>,
];

export const onTourStep = (event: TourStepEvent): string => `${event.detail.project}: ${event.detail.step}`;
export const reached = (markets: readonly MarketSummary[]): string[] => markets.map((m) => `${m.country} (${m.projects.join(', ')})`);
