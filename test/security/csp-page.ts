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

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function exercise(): Promise<void> {
  await import('../../src/index.js');
  const el = document.querySelector('partner-map');
  if (!el) throw new Error('no widget');
  await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
  const root = el.shadowRoot as ShadowRoot;
  root.querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="biocat"]')?.click();
  await pause(100);
  root.querySelector<HTMLElement>('.leaflet-marker-pane [data-partner="ico"]')?.dispatchEvent(new MouseEvent('mouseenter'));
  el.focusProject('boost4health');
  await pause(300);
  el.view = 'list';
  await pause(100);
  const input = root.querySelector<HTMLInputElement>('.search input');
  if (input) {
    input.value = 'bar';
    input.dispatchEvent(new InputEvent('input'));
  }
  await pause(100);
  el.view = 'map';
  el.theme = 'dark';
  await pause(100);
  const svg = el.exportSVG();
  const png = await el.exportPNG();
  parent.postMessage(
    {
      violations,
      errors,
      partners: root.querySelectorAll('.leaflet-marker-pane [data-partner]').length,
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
