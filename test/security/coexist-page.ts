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
const rect = (s: string) => root.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
/** Partners drawn at the first view, alone (data-partner) or in a group mark (data-partners). */
const partners = [...root.querySelectorAll('.leaflet-marker-pane [data-partner], .leaflet-marker-pane [data-partners]')].flatMap((m) =>
  (m.getAttribute('data-partner') ?? m.getAttribute('data-partners') ?? '').split(' '),
).length;
// A lead partner's own mark (Litek stands alone at the first view; BOM shares a group with Oost NL).
const mark = rect('.leaflet-marker-pane [data-partner="litek"]');
const markSvg = rect('.leaflet-marker-pane [data-partner="litek"] svg');
/** Resolves when `condition` holds (checked each frame), or after `ms` anyway. */
const until = (condition: () => boolean, ms: number) =>
  new Promise<void>((resolve) => {
    const start = performance.now();
    const check = () => (condition() || performance.now() - start > ms ? resolve() : requestAnimationFrame(check));
    check();
  });
// Biocat shares its place with an event it hosted, and a group with its Barcelona neighbours: a
// click on the mark that holds it zooms in until the group splits, then lists it in the details.
const holdsBiocat = () => root.querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="biocat"], .leaflet-marker-pane [data-partners~="biocat"]');
const biocatDetails = () => root.querySelector('[part="details"]')?.textContent.includes('Biocat') ?? false;
for (let i = 0; i < 6 && !biocatDetails(); i++) {
  const holder = holdsBiocat();
  holder?.click();
  await until(() => biocatDetails() || holdsBiocat() !== holder, 3000);
}
parent.postMessage(
  {
    errors,
    sameL: w.L === before.L,
    version: w.L.version,
    hostTiles: document.querySelectorAll('#host-map .leaflet-marker-icon').length,
    hostText: getComputedStyle(document.getElementById('host-text') as HTMLElement).fontSize === before.text,
    partners,
    details: biocatDetails(),
    height: el.getBoundingClientRect().height,
    zoomButton: rect('.zoom-in'),
    mark,
    markSvg,
    headerPadding: getComputedStyle(root.querySelector('.header') as HTMLElement).paddingTop,
    stagePadding: getComputedStyle(root.querySelector('.stage') as HTMLElement).paddingTop,
    boxSizing: getComputedStyle(root.querySelector('.search input') as HTMLElement).boxSizing,
  },
  '*',
);
