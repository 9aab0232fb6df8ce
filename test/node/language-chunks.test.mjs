// The built languages: English in dist/partner-map.js, every other language (its messages and the
// bundled data's texts in it) in a chunk of its own beside it; and a host that copies
// partner-map.js without a language's chunk still gets a working widget, in English, with a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from '../../scripts/chromium.mjs';
import { withoutChunk } from './without-chunk.mjs';

const dist = (file) => new URL(`../../dist/${file}`, import.meta.url);
const start = readFileSync(dist('partner-map.js'), 'utf8');
const OTHERS = ['ca', 'es', 'fr', 'de', 'nl', 'it', 'pt', 'da', 'lt'];

test('the start bundle speaks English only; each other language is a chunk with its messages and data texts', () => {
  assert.ok(start.includes('International collaborations'));
  // Words each language's chunk must hold: its title, and Copenhagen as it writes it (the data's).
  const words = {
    ca: ['Col·laboracions internacionals', 'Copenhaguen'],
    es: ['Colaboraciones internacionales', 'Copenhague'],
    fr: ['Collaborations internationales', 'Copenhague'],
    de: ['Internationale Kooperationen', 'Kopenhagen'],
    nl: ['Internationale samenwerkingen', 'Kopenhagen'],
    it: ['Collaborazioni internazionali', 'Copenaghen'],
    pt: ['Colaborações internacionais', 'Copenhaga'],
    da: ['Internationale samarbejder', 'København'],
    lt: ['Tarptautinis bendradarbiavimas', 'Kopenhaga'],
  };
  for (const lang of OTHERS) {
    const file = `partner-map-locale-${lang}.js`;
    assert.ok(existsSync(dist(file)), `${file} is built`);
    const chunk = readFileSync(dist(file), 'utf8');
    for (const word of words[lang]) {
      assert.ok(chunk.includes(word), `${file} holds "${word}"`);
      assert.ok(!start.includes(word), `partner-map.js does not hold "${word}"`);
    }
  }
});

const page = `<!doctype html><html lang="fr"><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/assets/partner-map.js"></script>
<partner-map style="--partner-map-height: 500px"></partner-map></html>`;

test('without partner-map-locale-fr.js beside it, a French page gets the widget in English and a warning', { skip: !findChromium() && 'no Chromium' }, () =>
  withoutChunk('partner-map-locale-fr.js', page, async (tab, logged) => {
    await tab.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('.leaflet-marker-pane [data-partner]'), {
      timeout: 15000,
    });
    const warnings = () => logged.filter((m) => m.type === 'warn').map((m) => m.text);
    // The warning comes when the failed request is seen: wait for it (bounded), not for a time.
    const deadline = Date.now() + 5000;
    while (!warnings().some((w) => w.includes('partner-map-locale-fr.js')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const shown = await tab.evaluate(() => {
      const el = document.querySelector('partner-map');
      return { language: el.language, title: el.shadowRoot.querySelector('h2').textContent };
    });
    assert.deepEqual(shown, { language: 'en', title: 'International collaborations' });
    assert.ok(
      warnings().some((w) => w.includes('partner-map-locale-fr.js')),
      `a warning names the missing chunk: ${JSON.stringify(warnings())}`,
    );
  }),
);
