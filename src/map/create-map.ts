import * as L from './leaflet.js';
import { MAX_ZOOM } from './cluster-loader.js';

/** The map's panes, bottom to top: countries, markets, consortium links, arcs, a cluster canvas
 *  (Leaflet's marker pane, at 600, holds the marks above them all). */
const PANES = { base: 250, reach: 300, links: 410, arcs: 420, cluster: 450 } as const;

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A Leaflet map on a surface of its own in `container`, set up as the widget needs it: no Leaflet
 *  controls (ours are Lit buttons with translated names, the attribution is text), our panes,
 *  fractional zoom. */
export function createMap(container: HTMLElement): L.Map {
  // Each map gets a fresh element of its own: Leaflet leaves its event bookkeeping on the
  // element it was given (keys set to null, never deleted), which would grow on every remount.
  const surface = document.createElement('div');
  surface.className = 'map-surface';
  container.append(surface);
  const map = L.map(surface, {
    zoomControl: false, // ours are Lit buttons with translated names
    attributionControl: false, // rendered by the element as text, never as HTML
    worldCopyJump: false,
    trackResize: false, // a ResizeObserver follows the container, not just the window
    minZoom: 0, // a phone-sized widget needs the whole world in 256 px
    maxZoom: MAX_ZOOM,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    keyboardPanDelta: 120,
    zoomAnimation: !reducedMotion(),
    fadeAnimation: !reducedMotion(),
    markerZoomAnimation: !reducedMotion(),
  });
  for (const [name, z] of Object.entries(PANES)) {
    const pane = map.createPane(`pm-${name}`);
    pane.style.zIndex = String(z);
  }
  map.setView([35, 10], 2, { animate: false });
  // The map's Tab stop (Leaflet's container, focused for its keys) is a group, described by what
  // its keys do and by the summary; nameMap names it.
  surface.setAttribute('role', 'group');
  surface.setAttribute('aria-describedby', 'map-keys summary');
  return map;
}

/** Follows `container`'s size: Leaflet takes the new size, then `resized` runs; returns what
 *  stops following. (Leaflet's own trackResize follows only the window.) */
export function followSize(map: L.Map, container: HTMLElement, resized: () => void): () => void {
  const observer = new ResizeObserver(() => {
    map.invalidateSize({ animate: false });
    resized();
  });
  observer.observe(container);
  return () => observer.disconnect();
}

/** Removes a map made by createMap, and its surface. */
export function removeMap(map: L.Map): void {
  // Leaflet finishes a zoom animation from a 250 ms timer that it does not cancel on remove();
  // on a removed map that timer throws. Marking the animation done makes the timer a no-op.
  (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
  map.stop();
  map.remove();
  map.getContainer().remove();
}

/** Names the map's Tab stop ("map of international collaborations", a "map"), in the language in use. */
export function nameMap(map: L.Map, label: string, role: string): void {
  const box = map.getContainer();
  box.setAttribute('aria-label', label);
  box.setAttribute('aria-roledescription', role);
}

/** Calls `near` once, the first time `el` comes within a screen of the viewport (the map is made
 *  then); returns what stops watching. */
export function whenNear(el: Element, near: () => void): () => void {
  const watch = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      watch.disconnect();
      near();
    },
    { rootMargin: '100% 0px' },
  );
  watch.observe(el);
  return () => watch.disconnect();
}
