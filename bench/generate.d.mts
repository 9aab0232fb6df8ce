/** Types of bench/generate.mjs, for the scale tests that import it. */
export interface GeneratedCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly { readonly id: string; readonly properties: Record<string, unknown> }[];
}
export function generate(n: number, seed?: number): GeneratedCollection;
