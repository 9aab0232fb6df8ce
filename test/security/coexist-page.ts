export {};
// Runs inside an iframe whose page already uses Leaflet 1.7 as window.L (with a map of its own),
// Bootstrap 5 and aggressive global styles; reports what both maps and the host's styles look like.
interface HostWindow {
  L: {
    version: string;
    map: (el: HTMLElement) => { setView: (c: [number, number], z: number) => unknown };
    marker: (c: [number, number]) => { addTo: (m: unknown) => unknown };
  };
}
const w = window as unknown as HostWindow;
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));

const hostMap = w.L.map(document.getElementById('host-map') as HTMLElement);
hostMap.setView([41.39, 2.16], 5);
w.L.marker([41.39, 2.16]).addTo(hostMap);
const before = { version: w.L.version, L: w.L, text: getComputedStyle(document.getElementById('host-text') as HTMLElement).fontSize };

await import('../../src/index.js');
const el = document.querySelector('partner-map') as HTMLElement & { shadowRoot: ShadowRoot };
await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
const root = el.shadowRoot;
const mark = root.querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="biocat"]');
mark?.click();
await new Promise((r) => setTimeout(r, 100));
const rect = (s: string) => root.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
parent.postMessage(
  {
    errors,
    sameL: w.L === before.L,
    version: w.L.version,
    hostTiles: document.querySelectorAll('#host-map .leaflet-marker-icon').length,
    hostText: getComputedStyle(document.getElementById('host-text') as HTMLElement).fontSize === before.text,
    partners: root.querySelectorAll('.leaflet-marker-pane [data-partner]').length,
    details: root.querySelector('[part="details"]')?.textContent.includes('Biocat') ?? false,
    height: el.getBoundingClientRect().height,
    zoomButton: rect('.zoom-in'),
    mark: rect('.leaflet-marker-pane [data-partner="bom"]'),
    markSvg: rect('.leaflet-marker-pane [data-partner="bom"] svg'),
    headerPadding: getComputedStyle(root.querySelector('.header') as HTMLElement).paddingTop,
    stagePadding: getComputedStyle(root.querySelector('.stage') as HTMLElement).paddingTop,
    boxSizing: getComputedStyle(root.querySelector('.search input') as HTMLElement).boxSizing,
  },
  '*',
);
