import { css } from 'lit';

/** The map's own buttons: zoom and fit, the tools group (full screen, tour, download menu) and the tour bar. */
export const toolsStyles = css`
  .zoom {
    position: absolute;
    top: 10px;
    right: 10px;
    z-index: 800;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    overflow: hidden;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
  }
  /* The map's own buttons: zoom, fit, full screen, tour, download. */
  .zoom button,
  .tools-group > button,
  .tools-group summary {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border: 0;
    border-bottom: 1px solid var(--partner-map-line-soft);
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: 600 16px/1 var(--partner-map-font);
    cursor: pointer;
    list-style: none;
  }
  .zoom button {
    font-size: 18px;
  }
  .zoom button:last-child {
    border-bottom: 0;
  }
  .zoom button:hover {
    background: var(--partner-map-hover);
  }
  /* Pan buttons: a small cross left of the zoom buttons; only the buttons take the pointer. */
  .pan {
    position: absolute;
    top: 10px;
    right: 46px;
    z-index: 800;
    display: grid;
    grid-template: repeat(3, 24px) / repeat(3, 24px);
    pointer-events: none;
  }
  .pan button {
    pointer-events: auto;
    padding: 0;
    border: 1px solid var(--partner-map-line);
    border-radius: 4px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
    font: 600 14px/1 var(--partner-map-font);
    cursor: pointer;
  }
  .pan button:hover {
    background: var(--partner-map-hover);
  }
  .pan :nth-child(1) {
    grid-area: 1 / 2;
  }
  .pan :nth-child(2) {
    grid-area: 2 / 3;
  }
  .pan :nth-child(3) {
    grid-area: 3 / 2;
  }
  .pan :nth-child(4) {
    grid-area: 2 / 1;
  }
  .tools-group {
    position: absolute;
    top: 118px;
    right: 10px;
    z-index: 810;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
    background: var(--partner-map-background);
  }
  .tools-group summary::-webkit-details-marker {
    display: none;
  }
  .tools-group > :first-child {
    border-radius: 6px 6px 0 0;
  }
  .download summary {
    border-bottom: 0;
    border-radius: 0 0 6px 6px;
  }
  .tools-group .menu {
    position: absolute;
    right: calc(100% + 6px);
    bottom: 0;
    display: flex;
    flex-direction: column;
    padding: 4px;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.16);
    white-space: nowrap;
  }
  .tools-group .menu button {
    min-height: 30px;
    padding: 4px 10px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--partner-map-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .tools-group .menu button:hover,
  .tools-group > button:hover {
    background: var(--partner-map-hover);
  }
  /* Share: the view's link as a QR code a room can scan (larger in presentation mode), and as text. */
  .share .menu {
    top: 0;
    bottom: auto;
    gap: 6px;
    width: 236px;
    white-space: normal;
  }
  .qr {
    width: 100%;
    height: auto;
  }
  :host([presentation]) .share .menu {
    width: 340px;
  }
  .share-title {
    margin: 0;
    font-weight: 650;
  }
  .share-link {
    min-height: 28px;
    font: inherit;
    font-size: 12px;
  }
  .tools-group .menu .copy-link {
    border: 1px solid var(--partner-map-control-border);
    text-align: center;
  }
  /* A box as low as a 1280×1024 screen at 400 % zoom: the tools leave the column under the zoom
     buttons (they would fall off the map's bottom) for a row above the attribution. */
  @container (max-height: 300px) {
    .tools-group {
      top: auto;
      bottom: 24px;
      flex-direction: row;
    }
    .tools-group > :is(button, details) > :is(summary, svg),
    .tools-group > button {
      border-bottom: 0;
    }
    .share .menu {
      top: auto;
      bottom: 0;
    }
  }
  .tour-bar {
    position: absolute;
    left: 50%;
    bottom: 26px;
    z-index: 900;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 4px;
    width: max-content;
    max-width: calc(100% - 24px);
    padding: 4px 6px;
    transform: translateX(-50%);
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 26px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
  }
  .tour-bar button {
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--partner-map-text);
    font-size: 15px;
    cursor: pointer;
  }
  .tour-bar button:hover {
    background: var(--partner-map-hover);
  }
  /* The caption takes the room the bar has; where there is not enough beside the buttons, it
     takes a row of its own (and wraps rather than cutting words off). */
  .tour-caption {
    display: grid;
    flex: 1 1 14em;
    margin: 0;
    padding: 0 8px 2px;
    line-height: 1.25;
    text-align: center;
  }
  .tour-status {
    font-size: 15px;
    font-weight: 650;
  }
  .tour-line {
    color: var(--partner-map-muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  /* From the back of a room (scaled 1.5 by the bar's zoom): the headline 33 px, the line 28.5 px. */
  :host([presentation]) .tour-status {
    font-size: 22px;
  }
  :host([presentation]) .tour-line {
    font-size: 19px;
  }
`;
