// The README's API section and custom-elements.json (generated from the class JSDoc) must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const readme = await readFile(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const packageJson = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);

/** First-column (or given column) code names of the Markdown table whose header starts with `title`. */
function tableColumn(title, column = 0) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${title}`));
  assert.ok(start >= 0, `README has a table headed "${title}"`);
  const names = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split(/(?<!\\)\|/)[column + 1] ?? '';
    const code = /`([^`]+)`/.exec(cell);
    if (code) names.push(code[1].split(/[:(]/)[0].trim());
  }
  return names.sort();
}

const sorted = (xs) => [...xs].sort();
const publicMembers = (kind) => sorted(element.members.filter((m) => m.kind === kind && !m.static && !m.privacy).map((m) => m.name));

test('the manifest describes <partner-map> and package.json points to it', () => {
  assert.equal(element.tagName, 'partner-map');
  assert.equal(packageJson.customElements, 'custom-elements.json');
});

test('attributes agree', () => {
  assert.deepEqual(tableColumn('Attribute'), sorted(element.attributes.map((a) => a.name)));
});

test('properties agree: those with attributes and those without', () => {
  const documented = sorted([...tableColumn('Attribute', 1), ...tableColumn('Property (no attribute)')]);
  assert.deepEqual(documented, publicMembers('field'));
});

test('methods agree', () => {
  assert.deepEqual(tableColumn('Method'), publicMembers('method'));
});

test('events agree', () => {
  assert.deepEqual(tableColumn('Event'), sorted(element.events.map((e) => e.name)));
});

test('parts agree', () => {
  const line = readme.split('\n').find((l) => l.startsWith('**Parts**')) ?? '';
  const parts = [...line.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
  assert.deepEqual(sorted(parts), sorted(element.cssParts.map((p) => p.name)));
});

test('CSS custom properties agree', () => {
  const section = readme.slice(readme.indexOf('**CSS custom properties**'), readme.indexOf('The same API, machine-readable'));
  const documented = new Set([...section.matchAll(/`(--partner-map-[a-z<>-]+)`/g)].map((m) => m[1]));
  assert.deepEqual(sorted(documented), sorted(element.cssProperties.map((p) => p.name)));
});
