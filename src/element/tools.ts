/** The map's tools (full screen, tour, download) and the tour bar, as Lit templates. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { TourController } from '../present/tour.js';

/** Small stroke icons for the controls (the media-control glyphs are missing from common fonts). */
const ICONS = {
  play: svg`<path d="M4 2.5v11l9-5.5z" fill="currentColor" stroke="none"/>`,
  pause: svg`<path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" stroke="none"/>`,
  previous: svg`<path d="M3 2.5v11M13 2.5v11L5 8z" fill="currentColor"/>`,
  next: svg`<path d="M13 2.5v11M3 2.5v11L11 8z" fill="currentColor"/>`,
  stop: svg`<path d="M3.5 3.5h9v9h-9z" fill="currentColor" stroke="none"/>`,
};
const icon = (name: keyof typeof ICONS) =>
  html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" stroke="currentColor" stroke-width="1.6">${ICONS[name]}</svg>`;

export interface ToolsInput {
  readonly msg: Messages;
  readonly fullscreen: boolean;
  readonly tour: TourController;
  readonly onFullscreen: () => void;
  readonly onDownload: (format: 'svg' | 'png') => void;
}

const fullscreenButton = (msg: Messages, full: boolean, onFullscreen: () => void) =>
  html`<button
    type="button"
    class="fullscreen"
    aria-pressed=${full ? 'true' : 'false'}
    title=${full ? msg.exitFullscreen : msg.fullscreen}
    aria-label=${full ? msg.exitFullscreen : msg.fullscreen}
    @click=${onFullscreen}
  >
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
      ${full ? svg`<path d="M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5"/>` : svg`<path d="M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5"/>`}
    </svg>
  </button>`;

export function tools({ msg, fullscreen: full, tour, onFullscreen, onDownload }: ToolsInput): TemplateResult {
  const playLabel = tour.playing ? msg.pauseTour : msg.playTour;
  // Full screen refused (a sandboxed iframe without allowfullscreen): no control that cannot work.
  return html`<div class="tools-group" role="group">
      ${document.fullscreenEnabled ? fullscreenButton(msg, full, onFullscreen) : nothing}
      <button type="button" class="tour-play" title=${playLabel} aria-label=${playLabel} @click=${() => (tour.active ? tour.toggle() : tour.play())}>
        ${icon(tour.playing ? 'pause' : 'play')}
      </button>
      <details class="download">
        <summary title=${msg.download} aria-label=${msg.download}>⤓</summary>
        <div class="menu">
          <button type="button" data-format="svg" @click=${() => onDownload('svg')}>${msg.downloadSvg}</button>
          <button type="button" data-format="png" @click=${() => onDownload('png')}>${msg.downloadPng}</button>
        </div>
      </details>
    </div>
    ${
      tour.active
        ? html`<div class="tour-bar" role="group" aria-label=${msg.playTour}>
            <button type="button" class="tour-previous" title=${msg.previousStep} aria-label=${msg.previousStep} @click=${() => tour.previous()}>
              ${icon('previous')}
            </button>
            <button type="button" class="tour-toggle" title=${playLabel} aria-label=${playLabel} @click=${() => tour.toggle()}>
              ${icon(tour.playing ? 'pause' : 'play')}
            </button>
            <button type="button" class="tour-next" title=${msg.nextStep} aria-label=${msg.nextStep} @click=${() => tour.next()}>${icon('next')}</button>
            <span class="tour-status"
              >${tour.current ? msg.tourStatus(tour.current.project.name, msg.tourSteps[tour.current.step], tour.index + 1, tour.count) : ''}</span
            >
            <button type="button" class="tour-stop" title=${msg.stopTour} aria-label=${msg.stopTour} @click=${() => tour.stop()}>${icon('stop')}</button>
          </div>`
        : nothing
    }`;
}
