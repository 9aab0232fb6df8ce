/** The map's tools (full screen, tour, download) and the tour bar, as Lit templates. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { TourSlot } from '../present/tour-slot.js';
import type { ExportFormat } from './export.js';
import type { ExportSlot } from './export-slot.js';
import type { FullscreenController } from './fullscreen.js';
import type { ShareSlot } from './share-slot.js';

/** Small stroke icons for the controls (the media-control glyphs are missing from common fonts). */
const ICONS = {
  play: svg`<path d="M4 2.5v11l9-5.5z" fill="currentColor" stroke="none"/>`,
  pause: svg`<path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" stroke="none"/>`,
  previous: svg`<path d="M3 2.5v11M13 2.5v11L5 8z" fill="currentColor"/>`,
  next: svg`<path d="M13 2.5v11M3 2.5v11L11 8z" fill="currentColor"/>`,
  stop: svg`<path d="M3.5 3.5h9v9h-9z" fill="currentColor" stroke="none"/>`,
  share: svg`<path d="M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM10 10h1.5v1.5H10zM12.5 12.5H14V14h-1.5zM12.5 10H14M10 12.5v1.5" fill="none"/>`,
  more: svg`<circle cx="8" cy="8" r="6.2" fill="none"/><path d="M8 7v4.5M8 4.3v.2" stroke-linecap="round"/>`,
};
const icon = (name: keyof typeof ICONS) =>
  html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" stroke="currentColor" stroke-width="1.6">${ICONS[name]}</svg>`;

export interface ToolsInput {
  readonly msg: Messages;
  /** Whether the widget is in full screen, and the switch. */
  readonly fullscreen: Pick<FullscreenController, 'active' | 'toggle'>;
  readonly tour: TourSlot;
  /** The ⤓ menu's files. */
  readonly exports: Pick<ExportSlot, 'download'>;
  /** The tour step's caption line (counts, years), under its headline. */
  readonly tourLine: string;
  /** The Share panel's content (the QR code, the link, Copy), fetched when it first opens. */
  readonly share: Pick<ShareSlot, 'template' | 'opened'>;
  /** The Share panel opened (before its content is asked for). */
  readonly onShare: () => void;
}

/** Escape closes the open menu, and only the menu (open details stay). */
function escapeCloses(e: KeyboardEvent): void {
  if (e.key === 'Escape' && (e.currentTarget as HTMLDetailsElement).open) {
    e.stopPropagation();
    closeMenu(e);
  }
}

/** Focus gone elsewhere: the menu closes (it would stay open over the map). */
function focusOutCloses(e: FocusEvent): void {
  const menu = e.currentTarget as HTMLDetailsElement;
  if (!menu.contains(e.relatedTarget as Node | null)) menu.open = false;
}

/** Closes the download menu the event came from, focus back on its button; says `said` (a download
 *  started) in the live region beside it (inside, it would close with the menu and say nothing). */
function closeMenu(e: Event, said = ''): void {
  const menu = (e.currentTarget as Element).closest('details') as HTMLDetailsElement;
  menu.open = false;
  (menu.querySelector('summary') as HTMLElement).focus();
  const status = menu.parentElement?.querySelector(':scope > [role="status"]');
  if (status) status.textContent = said;
}

/* Full screen keeps its name and says its state by aria-pressed (a name that changed with it would
   say it twice, "Exit full screen, pressed"); its tooltip says what a click does.
   The icon buttons are named by their title (their only content, the icon, is hidden): one
   attribute gives the name and the pointer's tooltip. (The menu's ⤓ is text: it needs its label.) */
const fullscreenButton = (msg: Messages, full: boolean, onFullscreen: () => void) =>
  html`<button
    type="button"
    class="fullscreen"
    aria-pressed=${full ? 'true' : 'false'}
    title=${full ? msg.exitFullscreen : msg.fullscreen}
    aria-label=${msg.fullscreen}
    @click=${onFullscreen}
  >
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
      ${full ? svg`<path d="M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5"/>` : svg`<path d="M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5"/>`}
    </svg>
  </button>`;

export function tools({ msg, fullscreen, tour, exports, tourLine, share, onShare }: ToolsInput): TemplateResult {
  const playLabel = tour.playing ? msg.pauseTour : msg.playTour;
  const onDownload = (format: ExportFormat) => void exports.download(format);
  // Full screen refused (a sandboxed iframe without allowfullscreen): no control that cannot work.
  return html`<div class="tools-group" role="group" aria-label=${msg.tools}>
      ${document.fullscreenEnabled ? fullscreenButton(msg, fullscreen.active, () => void fullscreen.toggle()) : nothing}
      <button type="button" class="tour-play" title=${playLabel} @click=${() => (tour.active ? tour.toggle() : tour.play())}>
        ${icon(tour.playing ? 'pause' : 'play')}
      </button>
      <details
        class="share"
        @keydown=${escapeCloses}
        @focusout=${focusOutCloses}
        @toggle=${(e: Event) => (e.currentTarget as HTMLDetailsElement).open && (onShare(), share.opened())}
      >
        <summary title=${msg.share} aria-label=${msg.share}>${icon('share')}</summary>
        <div class="menu">${share.template(msg)}</div>
      </details>
      <details class="download" @keydown=${escapeCloses} @focusout=${focusOutCloses}>
        <summary title=${msg.download} aria-label=${msg.download}>⤓</summary>
        <div class="menu">
          <button type="button" data-format="svg" @click=${(e: Event) => (onDownload('svg'), closeMenu(e, msg.downloading))}>${msg.downloadSvg}</button>
          <button type="button" data-format="png" @click=${(e: Event) => (onDownload('png'), closeMenu(e, msg.downloading))}>${msg.downloadPng}</button>
          <button type="button" data-format="slide-png" @click=${(e: Event) => (onDownload('slide-png'), closeMenu(e, msg.downloading))}>
            ${msg.downloadSlide('PNG')}
          </button>
          <button type="button" data-format="slide-svg" @click=${(e: Event) => (onDownload('slide-svg'), closeMenu(e, msg.downloading))}>
            ${msg.downloadSlide('SVG')}
          </button>
        </div>
      </details>
      <span class="visually-hidden" role="status"></span>
    </div>
    ${
      tour.active
        ? html`<div class="tour-bar" role="group" aria-label=${msg.tour}>
            <button type="button" class="tour-previous" title=${msg.previousStep} @click=${() => tour.previous()}>${icon('previous')}</button>
            <button type="button" class="tour-toggle" title=${playLabel} @click=${() => tour.toggle()}>${icon(tour.playing ? 'pause' : 'play')}</button>
            <button type="button" class="tour-next" title=${msg.nextStep} @click=${() => tour.next()}>${icon('next')}</button>
            <p class="tour-caption">
              <span class="tour-status"
                >${tour.current ? msg.tourStatus(tour.current.project.name, msg.tourSteps[tour.current.step], tour.index + 1, tour.count) : ''}</span
              >
              <span class="tour-line">${tourLine}</span>
            </p>
            <button type="button" class="tour-more" title=${`${msg.tourMore} (I)`} aria-keyshortcuts="i" @click=${() => tour.more()}>${icon('more')}</button>
            <button type="button" class="tour-stop" title=${msg.stopTour} @click=${() => tour.stop()}>${icon('stop')}</button>
          </div>`
        : nothing
    }`;
}
