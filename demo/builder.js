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

/** The element's own validator and sheet reader (the build the CLI uses), to read a file here. */
const { parseCollaborationsText, parseSheetText } = await import(new URL('../dist/validate.js', import.meta.url).href);

/** The projects and partners offered in the form: the bundled data's, or those of the file given. */
let projects = [];
let partners = [];
/** The file given: its text as a blob: URL for the preview (the page's address goes in the code). */
let file;

/** Offers the projects and partners of a parsed network (the validator's model). */
function showNetwork({ projects: ps, partners: qs }) {
  projects = ps.map((p) => ({ id: p.id, name: p.name }));
  partners = qs
    .map((p) => ({ id: p.id, name: p.shortName, city: p.city ?? '', roles: Object.keys(p.roles) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const label of projectsBox.querySelectorAll('label')) label.remove();
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
  partnerSelect.length = 1;
  for (const p of partners) partnerSelect.add(new Option(p.city ? `${p.name} (${p.city})` : p.name, p.id));
}

const bundledText = await (await fetch(new URL('../data/collaborations.geojson', import.meta.url))).text();
showNetwork(parseCollaborationsText(bundledText).data);

/** The type a file's text is served as, by its name (what the element goes by too). */
const typeOf = (name) => (/\.tsv$/i.test(name) ? 'text/tab-separated-values' : /\.csv$/i.test(name) ? 'text/csv' : 'application/geo+json');

/** Reads a chosen or dropped file with the element's own readers: says what it holds and every
 *  problem (where, and what to fix), offers its projects and partners, and previews it. */
async function useFile(chosen) {
  const text = await chosen.text();
  const type = typeOf(chosen.name);
  const result = type === 'application/geo+json' ? parseCollaborationsText(text) : parseSheetText(text);
  const { partners: ps, projects: qs } = result.data;
  const problems = result.errors.filter((e) => e.severity !== 'warning');
  const warnings = result.errors.length - problems.length;
  $('file-report').textContent =
    `${chosen.name}: ${ps.length} ${ps.length === 1 ? 'partner' : 'partners'} in ${qs.length} ${qs.length === 1 ? 'project' : 'projects'}` +
    (result.errors.length
      ? `; ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (left out), ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (drawn)`
      : '; no problems');
  $('file-problems').replaceChildren(
    ...result.errors.slice(0, 50).map((e) => {
      const li = document.createElement('li');
      // A sheet's problems say their row already; the validator's say their path apart.
      li.textContent = e.path && !e.path.startsWith('row ') ? `${e.path}: ${e.message}` : e.message;
      return li;
    }),
  );
  if (file) URL.revokeObjectURL(file.url);
  file = { url: URL.createObjectURL(new Blob([text], { type })), name: chosen.name };
  if (!$('src-address').value.trim() || $('src-address').dataset.auto) {
    $('src-address').value = `/assets/${chosen.name}`;
    $('src-address').dataset.auto = 'true';
  }
  $('bundled').hidden = false;
  showNetwork(result.data);
  update();
}

$('file').addEventListener('change', () => {
  const chosen = $('file').files?.[0];
  if (chosen) void useFile(chosen);
});
$('src-address').addEventListener('input', () => delete $('src-address').dataset.auto);
const dropZone = $('your-data');
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('over');
  const dropped = e.dataTransfer?.files[0];
  if (dropped) void useFile(dropped);
});
$('bundled').addEventListener('click', () => {
  if (file) URL.revokeObjectURL(file.url);
  file = undefined;
  $('file').value = '';
  $('file-report').textContent = '';
  $('file-problems').replaceChildren();
  $('bundled').hidden = true;
  showNetwork(parseCollaborationsText(bundledText).data);
  update();
});

const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);

/** The element's attributes for the choices made, in a fixed order; defaults are left out. */
function attributes() {
  const attrs = [];
  if (file) attrs.push(['src', $('src-address').value.trim() || `/assets/${file.name}`]);
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
  // The file given is previewed from this page (the code says where it will be on the site).
  for (const [k, v] of attrs) map.setAttribute(k, k === 'src' && file ? file.url : v);
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
