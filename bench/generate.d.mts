/** Types of bench/generate.mjs, for the scale tests that import it. */
export interface GeneratedCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly { readonly id: string; readonly properties: Record<string, unknown> }[];
}
/** `shape`: `n` partners (default), `n` events, `n` projects each with a lead of its own, or `n` projects all led by one partner. */
export function generate(n: number, seed?: number, shape?: 'partners' | 'events' | 'projects' | 'lead'): GeneratedCollection;
