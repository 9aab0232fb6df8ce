// One benchmark page for both sides: ?side=widget|baseline&n=<generated partners or 0 for bundled>.
// Marks `ready` when the data is drawn; the runner drags and zooms with the real mouse.
const params = new URLSearchParams(location.search);
const side = params.get('side');
const n = Number(params.get('n') ?? 0);
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push(e.duration);
}).observe({ type: 'longtask', buffered: true });

const data = n ? (await import('./generate.mjs')).generate(n) : undefined;
const box = document.getElementById('box');
if (side === 'baseline') {
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/leaflet/dist/leaflet.css' });
  document.head.append(css);
  await new Promise((r) => css.addEventListener('load', r, { once: true }));
  const { draw } = await import('./baseline.bundle.js');
  draw(box, data, n >= 1000);
  performance.mark('ready');
  window.__ready = performance.now();
} else {
  await import('../dist/partner-map.js');
  const el = document.createElement('partner-map');
  el.style.setProperty('--partner-map-height', '700px');
  if (data) el.data = data;
  el.addEventListener('map-ready', () => {
    performance.mark('ready');
    window.__ready = performance.now();
  }, { once: true });
  box.append(el);
  // 200 mount/unmount cycles of the same element, for the heap and detached-container figures.
  window.__cycles = async (count) => {
    for (let i = 0; i < count; i++) {
      el.remove();
      const ready = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
      box.append(el);
      await ready;
    }
  };
}
