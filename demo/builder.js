// The embed builder: the form's choices become one set of attributes, which makes both the preview
// (a fresh <partner-map>, so its first view is the one a visitor gets) and the code to paste.

const LAYERS = ['consortia', 'reach', 'events'];
const DEFAULT_HEIGHT = 480;

const $ = (id) => document.getElementById(id);
const form = $('options');
const projectsBox = $('projects');
const partnerSelect = $('partner');
const code = $('code');
const preview = $('preview');
const copied = $('copied');

/** Where this page's own copy of the element is: the default script address. */
$('script').value = new URL('../dist/partner-map.js', location.href).href;

/** The bundled data, read for its project and partner ids and names. */
const data = await (await fetch(new URL('../data/collaborations.geojson', import.meta.url))).json();
const features = (kind) => data.features.filter((f) => f.properties.kind === kind);
const projects = features('project').map((f) => ({ id: String(f.id), name: f.properties.name }));
const partners = features('partner')
  .map((f) => ({ id: String(f.id), name: f.properties.shortName, city: f.properties.city, roles: Object.keys(f.properties.roles) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

for (const p of projects) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  Object.assign(box, { type: 'checkbox', name: 'project', value: p.id, checked: true });
  label.append(box, ` ${p.name} `);
  const id = document.createElement('code');
  id.textContent = p.id;
  label.append(id);
  projectsBox.insertBefore(label, $('projects-hint'));
}
for (const p of partners) partnerSelect.add(new Option(`${p.name} (${p.city})`, p.id));

const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);

/** The element's attributes for the choices made, in a fixed order; defaults are left out. */
function attributes() {
  const attrs = [];
  const partner = partners.find((p) => p.id === partnerSelect.value);
  // A partner's view offers only its projects: the boxes of the others mean nothing then.
  for (const box of projectsBox.querySelectorAll('input')) box.disabled = !!partner && !partner.roles.includes(box.value);
  const offered = projects.filter((p) => !partner || partner.roles.includes(p.id)).map((p) => p.id);
  $('projects-hint').textContent = partner
    ? `${partner.name} is in ${offered.length === 1 ? 'one of them' : `${offered.length} of them`}: the map shows only ${offered.length === 1 ? 'that one' : 'those'}.`
    : 'All of them when every box is ticked.';
  const chosen = checked('project').filter((id) => offered.includes(id));
  if (partner) attrs.push(['partner', partner.id]);
  if (chosen.length < offered.length) attrs.push(['projects', chosen.join(' ')]);
  const layers = checked('layer');
  if (layers.length < LAYERS.length) attrs.push(['layers', layers.join(' ')]);
  const heading = $('heading').value.trim();
  if (heading) attrs.push(['heading', heading]);
  attrs.push(['lang', $('lang').value]);
  if ($('theme').value !== 'auto') attrs.push(['theme', $('theme').value]);
  return attrs;
}

/** The height in px, kept to what the form allows. */
function height() {
  const n = Math.round(Number($('height').value));
  return Number.isFinite(n) && n > 0 ? Math.min(1200, Math.max(240, n)) : DEFAULT_HEIGHT;
}

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The code to paste: the script (a module, or the classic one-file build) and the element. */
function snippet(attrs, px) {
  const script = $('script').value.trim() || '/assets/partner-map.js';
  const classic = checked('format')[0] === 'classic';
  const src = classic ? script.replace(/partner-map\.js$/, 'partner-map.iife.js') : script;
  const tag = classic ? `<script src="${escapeAttr(src)}" defer></script>` : `<script type="module" src="${escapeAttr(src)}"></script>`;
  const style = px === DEFAULT_HEIGHT ? '' : ` style="--partner-map-height: ${px}px"`;
  const list = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `${tag}\n<partner-map${list}${style}></partner-map>`;
}

/** A fresh preview with the same attributes as the code (and its height, always: this page's own
 *  stylesheet must not decide it). */
function showPreview(attrs, px) {
  const map = document.createElement('partner-map');
  for (const [k, v] of attrs) map.setAttribute(k, v);
  map.style.setProperty('--partner-map-height', `${px}px`);
  preview.replaceChildren(map);
}

let last = '';
function update() {
  const attrs = attributes();
  const px = height();
  code.value = snippet(attrs, px);
  const key = JSON.stringify([attrs, px]);
  if (key !== last) showPreview(attrs, px);
  last = key;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());

$('copy-code').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    copied.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure page, a refused permission): the code is selected instead.
    code.focus();
    code.select();
    copied.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

update();
document.documentElement.dataset.ready = 'true';
