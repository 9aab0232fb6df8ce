// Its own module: the element's start bundle needs it, and not the loader beside it.
/** How many features a parsed file says it has (0 for anything but a list of them); a getter
 *  that throws counts as none: the validator says where. */
export function featureCount(json: unknown): number {
  try {
    const features = (json as { features?: unknown } | null)?.features;
    return Array.isArray(features) ? features.length : 0;
  } catch {
    return 0;
  }
}
