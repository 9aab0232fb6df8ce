import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { bundledCollaborations } from '../../src/data/bundled.js';
import { searchEverything } from '../../src/data/search-everything.js';
import { messages as en } from '../../src/i18n/locales/en.js';
import { LANGS } from '../../src/i18n/messages.js';
import { loadLocale } from '../../src/i18n/load.js';
import { cleanup, listShown, mountMap, shadow, waitFor } from '../helpers.js';

/** Every text of a value, with the key it sits under (ids, URLs and source domains aside). */
function texts(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return ['id', 'url', 'lead', 'sources'].includes(key) ? [] : [[key, value]];
  if (Array.isArray(value)) return key === 'sources' ? [] : value.flatMap((v) => texts(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'roles' ? [] : texts(v, k)));
  return [];
}

describe('names keep their accents', () => {
  afterEach(cleanup);

  it('the bundled data names Lyonbiopôle with its circumflex in every language, in every text', async () => {
    for (const lang of LANGS) {
      const data = bundledCollaborations((await loadLocale(lang))?.texts);
      expect(data.partners.find((p) => p.id === 'lyonbiopole')?.shortName, lang).to.equal('Lyonbiopôle');
      // Its domain is lyonbiopole.com; its name, in prose, is never spelt without the accent.
      const bare = texts(data).filter(([, t]) => /Lyonbiopole/.test(t));
      expect(bare, lang).to.deep.equal([]);
      expect(texts(data).filter(([, t]) => t.includes('Lyonbiopôle')).length, lang).to.be.at.least(5);
    }
  });

  it('search finds Lyonbiopôle typed without the accent, and shows it with it', () => {
    const data = bundledCollaborations();
    const context = { data, offered: data.projects, visible: data.projects, lang: 'en' as const, msg: en };
    const [hit] = searchEverything(context, 'lyonbiopole');
    expect(hit?.id).to.equal('lyonbiopole');
    expect(hit?.matched).to.equal('Lyonbiopôle');
    expect(searchEverything(context, 'LYONBIOPÔLE')[0]?.id).to.equal('lyonbiopole');
  });

  it('the mark, the search box and the list view say Lyonbiopôle', async () => {
    const el = await mountMap({ projects: 'bioxclusters-plus' });
    const root = shadow(el);
    expect(root.querySelector('[data-partner="lyonbiopole"]')?.getAttribute('aria-label')).to.match(/^Lyonbiopôle, Lyon, France/);
    const input = root.querySelector<HTMLInputElement>('.search input');
    input?.focus();
    await sendKeys({ type: 'lyonbiopole' });
    await waitFor(() => !!root.querySelector('.search [role="option"]'), 'the search lists a result');
    const option = root.querySelector('.search [role="option"]');
    expect(option?.getAttribute('data-partner')).to.equal('lyonbiopole');
    expect(option?.querySelector('.hit-name')?.textContent).to.equal('Lyonbiopôle');
    el.view = 'list';
    await listShown(el);
    const row = root.querySelector('.partners-table tbody tr[data-partner="lyonbiopole"]');
    expect(row?.textContent).to.contain('Lyonbiopôle');
  });
});
