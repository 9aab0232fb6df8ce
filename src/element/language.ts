/**
 * The element's language: the one its `lang` (or an ancestor's) asks for, once that language's
 * chunk has arrived. Until then the widget goes on in the language it was showing (English at
 * start) and switches when the chunk comes; a chunk that cannot be loaded leaves it in English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { english, loadLocale, loadedLocale, localeFailed } from '../i18n/load.js';
import type { Lang, Messages } from '../i18n/messages.js';

/** A Lit element: its update can say which property changed (`lang`, so what is drawn in a language is drawn again). */
type Host = ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

export class LanguageController implements ReactiveController {
  #shown: Lang = 'en';
  /** The language whose chunk this element waits for (asked once, however often it is read). */
  #awaited: Lang | undefined;

  constructor(
    private readonly host: Host,
    /** The language asked for, resolved (an unsupported one is English). */
    private readonly requested: () => Lang,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Start fetching before the first render needs it.
    this.#follow();
  }

  /** The language shown now; asking for it starts fetching the requested one if need be. */
  get lang(): Lang {
    this.#follow();
    return this.#shown;
  }

  /** The messages of the language shown. */
  get messages(): Messages {
    return (loadedLocale(this.lang) ?? english).messages;
  }

  /** Shows the requested language if its chunk is here, else starts fetching it. */
  #follow(): void {
    const wanted = this.requested();
    if (loadedLocale(wanted)) this.#shown = wanted;
    else if (localeFailed(wanted)) this.#shown = 'en';
    else if (this.#awaited !== wanted) {
      this.#awaited = wanted;
      void loadLocale(wanted).then(() => {
        this.#awaited = undefined;
        // `lang` marked as changed: the map's input, labels and lists are made again in it.
        if (this.requested() === wanted) this.host.requestUpdate('lang', Symbol('language arrived'));
      });
    }
  }
}
