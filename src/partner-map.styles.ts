import { css } from 'lit';
import { clusterStyles } from './map/cluster/cluster.styles.js';
import { insetPlacement, leafletStyles, mapStyles } from './map/map.styles.js';
import { printStyles } from './present/print.styles.js';
import { toolsStyles } from './present/tools.styles.js';
import { detailsStyles } from './ui/details.styles.js';
import { filtersStyles } from './ui/filters.styles.js';
import { legendStyles } from './ui/legend.styles.js';
import { searchStyles } from './ui/search.styles.js';

/** The host: its tokens (custom properties), full screen and presentation, and the frame it lays out:
 *  header (titles, view switch, filters toggle), stage (map or list, the overlays that make room for
 *  the details drawer), data errors. Each part's own rules sit beside it, in its own styles file. */
const host = css`
  :host {
    --partner-map-height: 480px;
    --partner-map-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --partner-map-sea: #dfe9f1;
    --partner-map-land: #f3f1ec;
    --partner-map-borders: #b9b2a5;
    --partner-map-text: #1f2328;
    --partner-map-muted: #57606a;
    --partner-map-background: #ffffff;
    --partner-map-accent: #0b5cad;
    --partner-map-line: #d0d7de;
    --partner-map-line-soft: #e4e8ec;
    --partner-map-control-border: #8c959f;
    --partner-map-hover: #f3f4f6;
    --partner-map-warning: #fff8c5;
    --partner-map-warning-line: #d4a72c;
    --partner-map-chip: #fbeed2;
    --partner-map-chip-line: #e0b860;
    color-scheme: light;
    display: block;
    position: relative;
    /* !important: the host element lives in the page, where a theme's "* { box-sizing: content-box }"
       would otherwise win over :host and grow the widget by its border. */
    box-sizing: border-box !important;
    height: var(--partner-map-height);
    min-height: 240px;
    overflow: hidden;
    contain: layout paint;
    font: 14px/1.4 var(--partner-map-font);
    color: var(--partner-map-text);
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 8px;
    text-align: start;
  }
  /* Full screen: the whole widget, map and panels, fills the screen. */
  :host(:fullscreen) {
    height: 100vh;
    width: 100vw;
    border: 0;
    border-radius: 0;
  }
  /* Presentation: everything larger, to read from the back of a room. CSS zoom scales the panels
     as a whole; the marks grow by --partner-map-scale, and the map spreads them that much wider. */
  :host([presentation]) {
    --partner-map-scale: 1.5;
  }
  .header,
  .filters,
  .legend,
  .zoom,
  .pan,
  .tools-group,
  .tour-bar,
  .drawer,
  .list,
  .attribution,
  .errors,
  .empty {
    zoom: var(--partner-map-scale, 1);
  }
  .leaflet-marker-icon svg {
    scale: var(--partner-map-scale, 1);
  }
  /* The title reads from the back of a room (27 px × 1.5 = 40.5 px); what a presenter does not
     use (search, the list, downloads) is tucked away. */
  :host([presentation]) h2 {
    font-size: 27px;
  }
  :host([presentation]) :is(.search, .download),
  :host([presentation]:not([view='list'])) .switch {
    display: none;
  }
  :host([presentation]) .pm-link,
  :host([presentation]) .pm-arc {
    stroke-width: 2.6px;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    /* Its size is the host's (a fixed height): the layout folds in narrow and in low boxes. */
    container-type: size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
    padding: 8px 12px;
  }
  .titles {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 12px;
    min-width: 0;
  }
  .tools {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 0 1 auto;
    min-width: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .switch {
    display: flex;
    flex: none;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
    overflow: hidden;
  }
  .switch button,
  .panels-toggle {
    min-height: 32px;
    padding: 4px 12px;
    border: 0;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: inherit;
    cursor: pointer;
  }
  .switch button + button {
    border-inline-start: 1px solid var(--partner-map-control-border);
  }
  .switch [aria-checked='true'] {
    background: var(--partner-map-accent);
    color: var(--partner-map-background);
  }
  .panels-toggle {
    display: none;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
  }
  .empty {
    position: absolute;
    top: 40%;
    left: 50%;
    transform: translate(-50%, -50%);
    z-index: 800;
    margin: 0;
    padding: 10px 14px;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
  }
  /* Open details cover the map's right side (above 600 px; below, a bottom sheet): the buttons
     there move left of them, the tour bar to the middle of what is left (a focused control is
     never hidden under the panel). */
  @container (min-width: 601px) {
    .with-details .zoom,
    .with-details .tools-group {
      right: calc(min(340px, 45%) + 10px);
    }
    .with-details .pan {
      right: calc(min(340px, 45%) + 46px);
    }
    .with-details .tour-bar {
      left: calc(50% - min(170px, 22.5%));
      max-width: calc(100% - min(340px, 45%) - 24px);
    }
    .with-details .attribution,
    .with-details .list {
      right: min(340px, 45%);
    }
  }
  h2 {
    margin: 0;
    font-size: 16px;
    font-weight: 650;
  }
  .header .summary {
    margin: 0;
    color: var(--partner-map-muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .stage {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--partner-map-sea);
    font: inherit;
  }
  /* Shared by the parts: buttons that read as links (details, list), and a tighter focus ring for
     the controls that sit close together (search field, toggles, sort and row links, the details heading). */
  .link-button,
  .row-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--partner-map-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
    min-height: 24px;
  }
  .search input:focus-visible,
  .toggle:focus-visible,
  .sort:focus-visible,
  .row-link:focus-visible,
  .link-button:focus-visible,
  .drawer h3:focus-visible {
    outline: 3px solid var(--partner-map-accent);
    outline-offset: 1px;
  }
  .map:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  .map :focus-visible {
    outline: 3px solid var(--partner-map-accent);
    outline-offset: 2px;
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 800;
    margin: 0;
    padding: 1px 6px;
    font-size: 11px;
    color: var(--partner-map-muted);
    background: color-mix(in srgb, var(--partner-map-background) 80%, transparent);
  }
  /* In the middle of the map, where nothing else is while data loads (at its top edge it would
     cover the pan buttons of a phone-sized widget). */
  .loading {
    position: absolute;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    z-index: 900;
    margin: 0;
    padding: 6px 12px;
    border-radius: 14px;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
  }
  .errors {
    margin: 0;
    padding: 6px 12px;
    background: var(--partner-map-warning);
    border-bottom: 1px solid var(--partner-map-warning-line);
    font-size: 13px;
    max-height: 40%;
    overflow: auto;
  }
  /* The alert around the problems' disclosure takes their room in the column (a percentage of a
     box sized by its content would shrink the list to a sliver). */
  .errors-box {
    flex: none;
    max-height: 40%;
    overflow: auto;
  }
  .errors-box > .errors {
    max-height: none;
  }
  .errors ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
  .id-problems p {
    margin: 0;
  }
  /* Under 600 px wide, or low (a 640×360 embed, a 700×420 blog column): a compact header, the
     summary and the filters folded behind a toggle, so the map keeps most of the box. */
  @container (max-width: 600px) or (max-height: 400px) or ((max-height: 480px) and (max-width: 900px)) {
    .header {
      padding: 6px 8px;
    }
    h2 {
      font-size: 15px;
    }
    /* The summary stays for screen readers (it describes the map); the eye sees it with the filters. */
    .frame:not(:has(.filters.open)) .summary {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .tools {
      gap: 6px;
    }
    .switch button,
    .panels-toggle {
      padding: 4px 8px;
    }
    .panels-toggle {
      display: block;
    }
  }
  /* Under 600 px: the tools on a line of their own; the drawer, a bottom sheet, leaves the overlays in place. */
  @container (max-width: 600px) {
    .tools {
      flex: 1 1 100%;
    }
    /* The bottom sheet covers the lower map: the tools go in a row beside the zoom buttons, the
       tour bar above the sheet, and the legend, under it, leaves the Tab order. */
    .with-details .tools-group {
      top: 10px;
      right: 52px;
      flex-direction: row;
    }
    .with-details .pan {
      top: 48px;
    }
    .with-details .download .menu {
      top: calc(100% + 6px);
      bottom: auto;
    }
    .with-details .tour-bar {
      bottom: calc(62% + 8px);
    }
    .with-details .legend {
      visibility: hidden;
    }
  }
`;

/** The dark palette, used by theme="dark" and by theme="auto" (the default) when the visitor's
 *  system prefers dark. Every pair of text and background meets WCAG AA, as in the light one. */
const darkPalette = css`
  --partner-map-sea: #1b1f24;
  --partner-map-land: #2b2f36;
  --partner-map-borders: #4d5562;
  --partner-map-text: #e6edf3;
  --partner-map-muted: #a8b3bf;
  --partner-map-background: #15191e;
  --partner-map-accent: #6cb6ff;
  --partner-map-line: #3d444d;
  --partner-map-line-soft: #2d333b;
  --partner-map-control-border: #768390;
  --partner-map-hover: #262c34;
  --partner-map-warning: #3b2e00;
  --partner-map-warning-line: #9e7700;
  --partner-map-chip: #3a2c10;
  --partner-map-chip-line: #9e7700;
  color-scheme: dark;
`;

const dark = css`
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
`;

/** Leaflet first, our rules after it; the parts in the order their rules held in one sheet (where two
 *  parts' rules could meet on one element, specificity decides, not this order); print and the dark
 *  palette last, as before, so they override what they must. */
export const styles = [
  leafletStyles,
  host,
  searchStyles,
  filtersStyles,
  detailsStyles,
  mapStyles,
  insetPlacement,
  legendStyles,
  toolsStyles,
  clusterStyles,
  printStyles,
  dark,
];
