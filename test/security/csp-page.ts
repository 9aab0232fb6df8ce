export {};
// Runs inside an iframe served with a strict Content-Security-Policy and Trusted Types (see the
// test server's middleware): exercises the widget and reports every violation to the parent.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample} ${e.target instanceof Element ? e.target.outerHTML.slice(0, 120) : ''}`),
);
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

/** Resolves when `condition` holds (checked each frame), or after `ms` anyway. */
const until = (condition: () => boolean, ms: number) =>
  new Promise<void>((resolve) => {
    const start = performance.now();
    const check = () => (condition() || performance.now() - start > ms ? resolve() : requestAnimationFrame(check));
    check();
  });

async function exercise(): Promise<void> {
  await import('../../src/index.js');
  const el = document.querySelector('partner-map');
  if (!el) throw new Error('no widget');
  await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
  const root = el.shadowRoot as ShadowRoot;
  /** Partners drawn at the first view, alone (data-partner) or in a group mark (data-partners). */
  const partners = [...root.querySelectorAll('.leaflet-marker-pane [data-partner], .leaflet-marker-pane [data-partners]')].flatMap((m) =>
    (m.getAttribute('data-partner') ?? m.getAttribute('data-partners') ?? '').split(' '),
  ).length;
  // The reach inset comes as a chunk after the first view, its styles adopted as a constructed sheet.
  await until(() => !!root.querySelector('.reach-inset [data-market]'), 5000);
  const inset = root.querySelector('.reach-inset');
  const insetMarkets = root.querySelectorAll('.reach-inset [data-market]').length;
  const insetSheet = root.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.reach-inset')));
  const insetStyled = !!inset && getComputedStyle(inset).position === 'absolute';
  // A click on the mark that holds Biocat (a group at the first view) zooms in until the group
  // splits, then lists Biocat in the details.
  const holds = (id: string) => root.querySelector<HTMLElement>(`.leaflet-marker-pane [data-partner="${id}"], .leaflet-marker-pane [data-partners~="${id}"]`);
  const biocatDetails = () => root.querySelector('[part="details"]')?.textContent.includes('Biocat') ?? false;
  for (let i = 0; i < 6 && !biocatDetails(); i++) {
    const holder = holds('biocat');
    holder?.click();
    await until(() => biocatDetails() || holds('biocat') !== holder, 3000);
  }
  const biocat = biocatDetails();
  holds('ico')?.dispatchEvent(new MouseEvent('mouseenter'));
  el.focusProject('boost4health');
  await until(() => root.querySelector('[part="details"]')?.textContent.includes('Boost4Health') ?? false, 3000);
  el.view = 'list';
  await until(() => !!root.querySelector('[part="list"]'), 3000);
  const input = root.querySelector<HTMLInputElement>('.search input');
  if (input) {
    input.value = 'bar';
    input.dispatchEvent(new InputEvent('input'));
  }
  await until(() => root.querySelectorAll('.search [role="option"]').length > 0, 3000);
  el.view = 'map';
  el.theme = 'dark';
  await el.updateComplete;
  const svg = await el.exportSVG();
  const png = await el.exportPNG();
  parent.postMessage(
    {
      violations,
      errors,
      partners,
      biocat,
      insetMarkets,
      insetSheet,
      insetStyled,
      details: root.querySelector('[part="details"]')?.textContent.includes('Boost4Health') ?? false,
      searchHits: root.querySelectorAll('.search [role="option"]').length,
      svg: svg.length,
      png: png.size,
      trustedTypes: 'trustedTypes' in window,
    },
    '*',
  );
}

exercise().catch((e: unknown) => parent.postMessage({ violations, errors: [...errors, String(e)] }, '*'));
