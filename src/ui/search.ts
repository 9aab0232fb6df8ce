/** The search box: an ARIA 1.2 combobox with a listbox of results grouped by kind (partners,
 *  projects, events, countries), driven from the keyboard too. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit, SearchKind } from '../data/search.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { joinGiven } from './partner-text.js';

export interface SearchInput {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** Index of the highlighted option, or -1. */
  readonly active: number;
  readonly open: boolean;
  /** The count of results the status says (once typing has paused), or -1. */
  readonly said: number;
  /** The search's chunk is on its way: no result yet. */
  readonly pending: boolean;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly onInput: (query: string) => void;
  readonly onKey: (e: KeyboardEvent) => void;
  readonly onChoose: (hit: SearchHit) => void;
  readonly onBlur: () => void;
  /** The box was focused: the search's chunk is fetched before the first key. */
  readonly onFocus: () => void;
}

/** The hits as their groups (they come grouped), each with the index of its first option. */
function groups(hits: readonly SearchHit[]): { kind: SearchKind; from: number; hits: SearchHit[] }[] {
  const out: { kind: SearchKind; from: number; hits: SearchHit[] }[] = [];
  hits.forEach((hit, i) => {
    const group = out.at(-1);
    if (group?.kind === hit.kind) group.hits.push(hit);
    else out.push({ kind: hit.kind, from: i, hits: [hit] });
  });
  return out;
}

/** The list takes no Tab stop (Chromium makes scrolling boxes focusable): Tab leaves the field for
 *  the next control, the list closes, and focus never falls to a box that has just been hidden. */
export function search(s: SearchInput): TemplateResult {
  // While the search's chunk is on its way the list stays closed (no empty box, no "nothing matches").
  const expanded = s.open && s.query.trim() !== '' && !s.pending;
  return html`<div class="search">
    <input
      type="search"
      role="combobox"
      aria-label=${s.msg.search}
      placeholder=${s.msg.searchPlaceholder}
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="search-results"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-activedescendant=${expanded && s.active >= 0 ? `search-option-${s.active}` : ''}
      .value=${s.query}
      @input=${(e: InputEvent) => s.onInput((e.target as HTMLInputElement).value)}
      @keydown=${s.onKey}
      @blur=${s.onBlur}
      @focus=${s.onFocus}
    />
    <div id="search-results" role="listbox" tabindex="-1" aria-label=${s.msg.search} ?hidden=${!expanded}>
      ${groups(s.hits).map(
        ({ kind, from, hits }) =>
          html`<div role="group" aria-labelledby=${`search-group-${kind}`}>
            <span class="hit-group" role="presentation" id=${`search-group-${kind}`}>${s.msg.kinds[kind]}</span>
            ${hits.map((hit, j) => {
              const i = from + j;
              return html`<div
                id=${`search-option-${i}`}
                role="option"
                aria-selected=${i === s.active ? 'true' : 'false'}
                data-kind=${kind}
                data-id=${hit.id}
                data-partner=${kind === 'partner' ? hit.id : nothing}
                @mousedown=${(e: MouseEvent) => e.preventDefault()}
                @click=${() => s.onChoose(hit)}
              >
                <span class="hit-name">${hit.name}</span>
                <span class="hit-meta">${joinGiven(' · ', hit.matched !== hit.name && !hit.meta.includes(hit.matched) ? hit.matched : '', hit.meta)}</span>
                ${hit.show ? html`<span class="hit-hidden">${s.msg.hiddenProject}</span>` : nothing}
              </div>`;
            })}
          </div>`,
      )}
      ${expanded && !s.hits.length ? html`<div class="no-results" role="presentation">${s.msg.noResults}</div>` : nothing}
    </div>
    <span class="visually-hidden" role="status">${expanded && s.said >= 0 ? (s.said ? s.msg.searchResults(s.said) : s.msg.noResults) : ''}</span>
  </div>`;
}
