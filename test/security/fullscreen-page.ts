export {};
// Runs inside an iframe without allowfullscreen (fullscreen.test.ts): full screen is refused here.
// Reports whether the widget offers the control, and everything that escaped while a host script
// asked for full screen anyway.
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

await import('../../src/index.js');
const el = document.querySelector('partner-map');
if (!el) throw new Error('no widget');
await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
await el.updateComplete;
const control = el.shadowRoot?.querySelector('.fullscreen') ?? null;
// A host script (or an old bookmark's button) asks anyway.
try {
  await el.toggleFullscreen();
} catch (e) {
  errors.push(`toggleFullscreen rejected: ${String(e)}`);
}
await new Promise((r) => setTimeout(r, 200));
parent.postMessage({ enabled: document.fullscreenEnabled, control: control !== null, errors }, '*');
