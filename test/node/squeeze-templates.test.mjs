// The build drops the indentation in Lit's html`` and svg`` templates (scripts/squeeze-templates.mjs):
// only there, and never the line break that keeps white space where the markup had some.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { squeezeTemplates } from '../../scripts/squeeze-templates.mjs';

test('indentation inside html and svg templates goes, the line breaks stay', () => {
  const source = 'const a = html`<div>\n    <span class=${x}>${y}</span>\n  </div>`;\nconst b = svg`<g>\n\t<path></path>\n</g>`;';
  assert.equal(squeezeTemplates(source), 'const a = html`<div>\n<span class=${x}>${y}</span>\n</div>`;\nconst b = svg`<g>\n<path></path>\n</g>`;');
});

test('expressions are kept as written, and templates nested in them are squeezed too', () => {
  const source = 'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i.name}</li>`)}\n  ${{ a: 1 }.a}\n</ul>`';
  assert.equal(squeezeTemplates(source), 'html`<ul>\n${items.map((i) => html`<li>\n${i.name}</li>`)}\n${{ a: 1 }.a}\n</ul>`');
});

test('other templates, strings and comments are left alone', () => {
  const source = [
    'const message = `Line one\n    indented on purpose`;',
    "const quoted = 'html`\\n    not a template';",
    '// html`\n    a comment',
    '/* svg`\n    a comment */',
    'const css2 = css`a {\n  color: red;\n}`;',
    'const tagged = myhtml`\n  kept`;',
  ].join('\n');
  assert.equal(squeezeTemplates(source), source);
});

test('escaped backticks and ${ inside template text do not end or open anything', () => {
  const source = 'html`<code>\\`x\\`</code>\n  <b>\\${not}</b>\n  ${yes}`';
  assert.equal(squeezeTemplates(source), 'html`<code>\\`x\\`</code>\n<b>\\${not}</b>\n${yes}`');
});

test('every source of the widget keeps its code: only spaces and tabs after line breaks go', () => {
  const files = readdirSync('src', { recursive: true })
    .map((f) => `src/${f}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts') && !f.includes('/generated/'));
  assert.ok(files.length > 50);
  let squeezed = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const out = squeezeTemplates(source);
    assert.equal(out.split('\n').length, source.split('\n').length, `${file}: the same lines`);
    assert.equal(out.replace(/\n[ \t]*/g, '\n'), source.replace(/\n[ \t]*/g, '\n'), `${file}: nothing but indentation changed`);
    if (out !== source) squeezed++;
  }
  assert.ok(squeezed > 20, `templates squeezed in ${squeezed} files`);
});
