// A host that copies dist/partner-map.js and its other chunks but not one of them beside it: the
// clustering chunk (a large network still shows its leads and events) or the tour's (the map goes
// on without a tour); either way the widget says, in its own words, what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findChromium } from '../../scripts/chromium.mjs';
import { generate } from '../../bench/generate.mjs';
import { withoutChunk } from './without-chunk.mjs';

const pageWith = (script) => `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/assets/partner-map.js"></script>
<partner-map style="--partner-map-height: 500px"></partner-map>
<script type="module">${script}</script></html>`;

test('without partner-map-cluster.js beside it, a large network shows its leads and says what is missing', { skip: !findChromium() && 'no Chromium' }, () =>
  withoutChunk('partner-map-cluster.js', pageWith(`document.querySelector('partner-map').data = ${JSON.stringify(generate(1000))};`), async (tab) => {
    await tab.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('.cluster-error'), { timeout: 15000 });
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('partner-map').shadowRoot;
      return {
        alert: root.querySelector('.cluster-error').textContent,
        role: root.querySelector('.cluster-error').getAttribute('role'),
        leads: root.querySelectorAll('.leaflet-marker-pane [data-partner]').length,
      };
    });
    assert.match(shown.alert, /could not be loaded: only lead partners and events are shown/);
    assert.equal(shown.role, 'alert');
    assert.equal(shown.leads, 4);
  }),
);

test('without partner-map-tour.js beside it, ▶ says the tour could not be loaded, and the map goes on', { skip: !findChromium() && 'no Chromium' }, () =>
  withoutChunk('partner-map-tour.js', pageWith(''), async (tab, logged) => {
    await tab.waitForFunction(() => document.querySelector('partner-map')?.shadowRoot?.querySelector('.tour-play'), { timeout: 15000 });
    await tab.evaluate(() => document.querySelector('partner-map').shadowRoot.querySelector('.tour-play').click());
    await tab.waitForFunction(() => document.querySelector('partner-map').shadowRoot.querySelector('.tour-error'), { timeout: 15000 });
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('partner-map').shadowRoot;
      return {
        alert: root.querySelector('.tour-error').textContent,
        role: root.querySelector('.tour-error').getAttribute('role'),
        bar: !!root.querySelector('.tour-bar'),
        marks: root.querySelectorAll('.leaflet-marker-pane > *').length,
      };
    });
    assert.equal(shown.alert, 'The tour could not be loaded.');
    assert.equal(shown.role, 'alert');
    assert.equal(shown.bar, false);
    assert.ok(shown.marks > 5, 'the map is still drawn');
    assert.ok(
      logged.some(({ text }) => text.includes('the tour did not load (partner-map-tour.js)')),
      'the console names the file',
    );
  }),
);
