// One benchmark page for both sides: ?side=widget|baseline&n=<generated partners or 0 for bundled>
// (or &src=<url> of a file both read)
// (&shape=events|projects|lead: n of those instead, widget only).
// Sets, in performance.now() time: __start (when the clock starts), __readyAt (the side's `ready`
// mark) and __frameAt (the first animation frame after it, once deferred drawing such as Leaflet's
// canvas redraw has run). The runner reads them, filters __longTasks to that span, then drags and
// zooms with the real mouse.
//
// The clock: with the bundled data (n=0) it starts at navigation (0), so `ready` includes fetching,
// parsing and running the script. With generated data the partners are generated first, in a task
// of their own, and the clock starts after that: both sides then measure loading their script and
// drawing, not generating.
const params = new URLSearchParams(location.search);
const side = params.get('side');
const n = Number(params.get('n') ?? 0);
// What `n` counts (bench/generate.mjs): partners (default), events, projects, or projects of one lead.
const shape = params.get('shape') ?? 'partners';
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

let data;
// ?src=<url>: the same file for both sides, the widget's `src` against the baseline's fetch; the
// clock starts at navigation.
const src = params.get('src');
window.__start = 0;
if (n) {
  data = (await import('./generate.mjs')).generate(n, 42, shape);
  // End the generating task, so that its long task falls before the clock starts.
  await new Promise((r) => setTimeout(r, 0));
  window.__start = performance.now();
  performance.mark('start');
}

function ready() {
  performance.mark('ready');
  window.__readyAt = performance.now();
  requestAnimationFrame(() => {
    window.__frameAt = performance.now();
  });
}

const box = document.getElementById('box');
if (side === 'baseline') {
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/leaflet/dist/leaflet.css' });
  document.head.append(css);
  await new Promise((r) => css.addEventListener('load', r, { once: true }));
  const { draw } = await import('./baseline.bundle.js');
  if (src) data = await (await fetch(src)).json();
  // From 1k partners up the baseline draws on one canvas (preferCanvas): the fair match for cluster mode.
  draw(box, data, n >= 1000 || !!src);
  ready();
} else {
  await import('../dist/partner-map.js');
  const el = document.createElement('partner-map');
  el.style.setProperty('--partner-map-height', '700px');
  if (data) el.data = data;
  if (src) el.src = src;
  el.addEventListener('map-ready', ready, { once: true });
  box.append(el);
  // 200 mount/unmount cycles of the same element, for the heap and detached-container figures.
  window.__cycles = async (count) => {
    for (let i = 0; i < count; i++) {
      el.remove();
      const drawn = new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
      box.append(el);
      await drawn;
    }
  };
}
