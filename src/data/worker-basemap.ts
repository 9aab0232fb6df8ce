/** The worker's basemap, sent by the page before any request: in the worker's build
 *  (scripts/prepare.mjs) this module and src/generated/basemap.js are one, whose setBasemap fills
 *  the basemap the validator reads. Elsewhere (type-checking) it is this stand-in, never called. */
export function setBasemap(topology: unknown, arcs: string): [unknown, string] {
  return [topology, arcs];
}
