/** The 110m land as one path (world-paths.ts): it is neither clickable nor styled per country, so
 *  its outline is written once per page. */
import { countries } from '../data/world.js';
import { polygonsOf } from '../data/polygons.js';
import { LAND } from '../graphics/tokens.js';
import { svgPath, worldPath, WorldPaths } from './world-paths.js';

let outline: string | undefined;

/** Every country's rings as one path: the countries meet but never overlap, so even-odd fills
 *  each once and leaves their holes. */
export function landOutline(): string {
  return (outline ??= worldPath(countries().all.flatMap(({ geometry }) => polygonsOf(geometry).flat())));
}

/** The land; over raster tiles only its borders (the class takes the fill away). */
export const landLayer = (withTiles: boolean): WorldPaths =>
  new WorldPaths('pm-base', [
    svgPath({
      class: withTiles ? 'pm-land pm-land-over-tiles' : 'pm-land',
      d: landOutline(),
      'fill-rule': 'evenodd',
      'stroke-width': LAND.weight,
    }),
  ]);
