/** Where the stage's loading note comes from: "Loading data…" at once, and, once a load reports
 *  how far it has come (only a `src` or large `data` does), the progress bar, a chunk of its own
 *  (partner-map-load-progress.js) whose styles are adopted into the shadow root when it arrives. */
import { html, type TemplateResult } from 'lit';
import type { LoadProgress } from '../data/load.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { adoptStyles } from './adopt-styles.js';

type ProgressModule = typeof import('../ui/load-progress.js');
let module: ProgressModule | undefined;
let loading: Promise<ProgressModule> | undefined;

export class ProgressSlot {
  constructor(private readonly host: HTMLElement & { requestUpdate(): void }) {}

  template(progress: LoadProgress | undefined, lang: Lang, msg: Messages): TemplateResult {
    if (progress && module) {
      adoptStyles(this.host, module.loadProgressStyles);
      return module.loadProgress(lang, msg, progress);
    }
    // Without its chunk (not asked for yet, on its way, or missing) the note says the phase only.
    if (progress)
      void (loading ??= import('../ui/load-progress.js')).then(
        (m) => ((module = m), this.host.requestUpdate()),
        () => undefined,
      );
    return html`<div class="loading"><p role="status">${msg.loading}</p></div>`;
  }
}
