import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

type ShareModule = typeof import('../present/share.js');

/**
 * Where the Share panel plugs in. Its QR encoder is a chunk of its own, fetched the first time the
 * panel opens; until then (a moment) the panel shows the link alone. The link is the page's own
 * URL: with `sync-url` it holds the view (projects, layers, selection, centre), so a phone that
 * scans it opens the same view; without, it opens the page.
 */
export class ShareSlot {
  #module: ShareModule | undefined;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Says something in the widget's live region. */
    private readonly announce: (text: string) => void,
  ) {}

  /** The panel opened: the encoder is fetched (once), and the panel drawn again with it. */
  opened(): void {
    if (this.#module || this.#loading) return;
    this.#loading = true;
    import('../present/share.js')
      .then((module) => (this.#module = module))
      .catch((error: unknown) => console.warn('<partner-map> the QR code could not be loaded; the link is shown as text', error))
      .finally(() => {
        this.#loading = false;
        this.host.requestUpdate();
      });
    this.host.requestUpdate();
  }

  template(msg: Messages): TemplateResult {
    const link = location.href;
    const copy = () =>
      void navigator.clipboard.writeText(link).then(
        () => this.announce(msg.linkCopied),
        (error: unknown) => console.warn('<partner-map> the link could not be copied', error),
      );
    return this.#module
      ? this.#module.shareTemplate(link, msg, copy)
      : html`<input class="share-link" readonly .value=${link} aria-label=${msg.share} /><button type="button" class="copy-link" @click=${copy}>
            ${msg.copyLink}
          </button>`;
  }
}
