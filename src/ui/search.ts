/** The search box: an ARIA 1.2 combobox with a listbox of partners, driven from the keyboard too. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../data/search.js';
import { countryName } from '../i18n/format.js';
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
  readonly lang: Lang;
  readonly msg: Messages;
  readonly onInput: (query: string) => void;
  readonly onKey: (e: KeyboardEvent) => void;
  readonly onChoose: (hit: SearchHit) => void;
  readonly onBlur: () => void;
}

/** The list takes no Tab stop (Chromium makes scrolling boxes focusable): Tab leaves the field for
 *  the next control, the list closes, and focus never falls to a box that has just been hidden. */
export function search(s: SearchInput): TemplateResult {
  const expanded = s.open && s.query.trim() !== '';
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
    />
    <ul id="search-results" role="listbox" tabindex="-1" aria-label=${s.msg.search} ?hidden=${!expanded}>
      ${s.hits.map(
        (hit, i) =>
          html`<li
            id=${`search-option-${i}`}
            role="option"
            aria-selected=${i === s.active ? 'true' : 'false'}
            data-partner=${hit.partner.id}
            @mousedown=${(e: MouseEvent) => e.preventDefault()}
            @click=${() => s.onChoose(hit)}
          >
            <span class="hit-name">${hit.partner.shortName}</span>
            <span class="hit-meta"
              >${hit.matched !== hit.partner.shortName && hit.matched !== hit.partner.city ? `${hit.matched} · ` : ''}${joinGiven(
                ', ',
                hit.partner.city,
                countryName(s.lang, hit.partner.country),
              )}</span
            >
          </li>`,
      )}
      ${expanded && !s.hits.length ? html`<li class="no-results" role="presentation">${s.msg.noResults}</li>` : nothing}
    </ul>
    <span class="visually-hidden" role="status">${expanded && s.said >= 0 ? (s.said ? s.msg.searchResults(s.said) : s.msg.noResults) : ''}</span>
  </div>`;
}
