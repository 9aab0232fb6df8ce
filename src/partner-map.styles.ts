import { css, unsafeCSS } from 'lit';
import { leafletCss } from './generated/leaflet-css.js';

/** Leaflet's own stylesheet lives in the shadow root: nothing leaks out, the host's CSS stays out. */
const leaflet = unsafeCSS(leafletCss);

const own = css`
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
  .search {
    position: relative;
    flex: 1 1 220px;
    min-width: 0;
  }
  .search input {
    width: 100%;
    min-width: 0;
    height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: inherit;
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
  .search ul {
    position: absolute;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    z-index: 1200;
    margin: 0;
    padding: 4px;
    list-style: none;
    max-height: 280px;
    overflow: auto;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .search li {
    display: flex;
    flex-direction: column;
    padding: 5px 8px;
    border-radius: 4px;
    cursor: pointer;
    min-height: 24px;
  }
  .search li[aria-selected='true'],
  .search li:hover {
    background: color-mix(in srgb, var(--partner-map-accent) 14%, transparent);
  }
  .search .hit-name {
    font-weight: 600;
  }
  .search .hit-meta,
  .search .no-results {
    font-size: 12px;
    color: var(--partner-map-muted);
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
  .switch button[aria-pressed='true'] {
    background: var(--partner-map-accent);
    color: var(--partner-map-background);
  }
  .panels-toggle {
    display: none;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 16px;
    padding: 6px 12px 8px;
    border-bottom: 1px solid var(--partner-map-line-soft);
  }
  .filter-group {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 14px;
    background: var(--partner-map-background);
    color: var(--partner-map-muted);
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    color: var(--partner-map-text);
    border-color: var(--partner-map-text);
    box-shadow: inset 0 0 0 1px var(--partner-map-text);
  }
  .toggle[aria-pressed='false'] .swatch {
    background: transparent !important;
    border-style: dashed;
  }
  .toggle .count {
    font-variant-numeric: tabular-nums;
    color: var(--partner-map-muted);
  }
  .toggle .swatch {
    margin: 0;
  }
  .layer-toggle .check {
    width: 12px;
    height: 12px;
    border: 1.5px solid currentColor;
    border-radius: 3px;
  }
  .layer-toggle[aria-pressed='true'] .check {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--partner-map-background);
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
  .drawer {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    z-index: 1000;
    width: min(340px, 45%);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 4px 14px 14px;
    background: var(--partner-map-background);
    border-inline-start: 1px solid var(--partner-map-line);
    box-shadow: -4px 0 12px rgb(0 0 0 / 0.08);
    font-size: 13px;
    line-height: 1.45;
  }
  .drawer-bar {
    position: sticky;
    top: -4px;
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin: 0 -14px 4px;
    padding: 4px 6px 2px 14px;
    background: var(--partner-map-background);
  }
  .drawer .kind {
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--partner-map-muted);
  }
  .drawer .close {
    width: 32px;
    height: 32px;
    border: 0;
    border-radius: 6px;
    background: none;
    color: var(--partner-map-text);
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
  }
  .drawer .close:hover {
    background: rgb(0 0 0 / 0.06);
  }
  .with-details .zoom {
    right: calc(min(340px, 45%) + 10px);
  }
  .with-details .attribution {
    right: min(340px, 45%);
  }
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
  .action {
    min-height: 30px;
    padding: 4px 12px;
    border: 1px solid var(--partner-map-accent);
    border-radius: 6px;
    background: none;
    color: var(--partner-map-accent);
    font: inherit;
    cursor: pointer;
  }
  .vouchers {
    margin: 8px 0;
  }
  .vouchers figcaption {
    font-weight: 650;
    margin-bottom: 4px;
  }
  .vouchers-chart {
    display: block;
    max-width: 100%;
    height: auto;
    font-size: 12px;
    fill: var(--partner-map-text);
  }
  .vouchers-chart .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .list {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 8px 12px 16px;
  }
  .with-details .list {
    right: min(340px, 45%);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 18px;
    font-size: 13px;
  }
  caption {
    text-align: start;
    font-weight: 650;
    font-size: 14px;
    padding: 4px 0 6px;
  }
  th,
  td {
    padding: 5px 8px;
    border-bottom: 1px solid var(--partner-map-line-soft);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: -8px;
    background: var(--partner-map-background);
    border-bottom: 1px solid var(--partner-map-control-border);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
  }
  tr.selected {
    background: color-mix(in srgb, var(--partner-map-accent) 10%, transparent);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 650;
    cursor: pointer;
  }
  .sort .arrow {
    font-size: 10px;
    color: var(--partner-map-muted);
  }
  .sub {
    display: block;
    font-size: 12px;
    color: var(--partner-map-muted);
  }
  .roles-cell .sub {
    display: inline;
  }
  .roles-cell {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The partners table's pager: the view switch's buttons, each on its own. */
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin: -8px 0 18px;
    font-size: 13px;
  }
  .pager button {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: inherit;
    cursor: pointer;
  }
  .pager button:disabled {
    color: var(--partner-map-muted);
    cursor: default;
  }
  .pager-status {
    font-variant-numeric: tabular-nums;
  }
  .pm-selected svg {
    transform: scale(1.35);
    filter: drop-shadow(0 0 0 var(--partner-map-accent)) drop-shadow(0 0 3px var(--partner-map-accent));
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
  .map:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  .map :focus-visible {
    outline: 3px solid var(--partner-map-accent);
    outline-offset: 2px;
  }
  .pm-land {
    fill: var(--partner-map-land);
    stroke: var(--partner-map-borders);
  }
  .pm-land-over-tiles {
    fill: none;
  }
  /* A group of marks that would overlap, at their centre: a count in a ring of project colours. */
  .pm-group {
    display: grid;
    place-items: center;
    cursor: pointer;
    border-radius: 50%;
  }
  .pm-group svg {
    display: block;
    overflow: visible;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 0.35));
    transition: transform 0.12s ease-out;
  }
  .pm-group circle:first-child {
    fill: var(--partner-map-background);
  }
  .pm-group text {
    fill: var(--partner-map-text);
    font-family: var(--partner-map-font);
  }
  .pm-group:hover svg,
  .pm-group:focus-visible svg {
    transform: scale(1.15);
  }
  /* Another project is in focus (focusProject, a project's details, a tour step). */
  .pm-dim {
    opacity: 0.3;
  }
  .leaflet-marker-icon.pm-dim {
    opacity: 0.3 !important;
  }
  .pm-partner,
  .pm-event {
    display: grid;
    place-items: center;
    background: none;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .pm-partner svg,
  .pm-event svg {
    display: block;
    overflow: visible;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 0.35));
    transition: transform 0.12s ease-out;
  }
  /* The lead's ring in the text colour, so it reads on the dark theme's land too. */
  .pm-ring {
    stroke: var(--partner-map-text);
  }
  .pm-compact .pm-partner svg,
  .pm-compact .pm-event svg {
    transform: scale(0.72);
  }
  .pm-partner:hover svg,
  .pm-partner:focus-visible svg,
  .pm-event:hover svg,
  .pm-event:focus-visible svg {
    transform: scale(1.3);
  }
  @media (prefers-reduced-motion: reduce) {
    .pm-partner svg,
    .pm-event svg {
      transition: none;
    }
  }
  .legend {
    position: absolute;
    left: 10px;
    bottom: 26px;
    z-index: 800;
    max-width: min(300px, calc(100% - 70px));
    max-height: calc(100% - 40px);
    overflow: auto;
    padding: 6px 10px 8px;
    background: color-mix(in srgb, var(--partner-map-background) 94%, transparent);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
    font-size: 13px;
  }
  .legend summary {
    cursor: pointer;
    font-weight: 650;
    min-height: 24px;
    line-height: 24px;
  }
  .legend ul {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 21px;
  }
  .legend-marks {
    border-top: 1px solid var(--partner-map-line-soft);
    padding-top: 4px !important;
  }
  .pm-key {
    flex: none;
    overflow: visible;
  }
  .details h3 .pm-key,
  .details .roles .pm-key {
    vertical-align: -1px;
    margin-inline-end: 6px;
  }
  .roles-cell .pm-key {
    vertical-align: -1px;
    margin-inline-end: 5px;
  }
  .arc-key {
    flex: none;
  }
  .legend-marks svg {
    flex: none;
    width: 18px;
    height: 18px;
    overflow: visible;
  }
  .project-key {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    min-height: 26px;
    padding: 2px 4px;
    margin: 0 -4px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .project-key:hover {
    background: rgb(0 0 0 / 0.05);
  }
  .project-key .name {
    flex: 1;
  }
  .project-key .count {
    font-variant-numeric: tabular-nums;
    color: var(--partner-map-muted);
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 3px;
    border: 1px solid rgb(0 0 0 / 0.25);
    vertical-align: -2px;
    margin-inline-end: 6px;
  }
  .legend .swatch {
    margin: 0;
  }
  .swatch.round {
    border-radius: 50%;
  }
  .line {
    flex: none;
    width: 18px;
    border-top: 2px solid #6e7781;
  }
  .line.dashed {
    border-top-style: dashed;
  }
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
  .download summary {
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
  .download summary::-webkit-details-marker {
    display: none;
  }
  .tools-group > :first-child {
    border-radius: 6px 6px 0 0;
  }
  .download summary {
    border-bottom: 0;
    border-radius: 0 0 6px 6px;
  }
  .download .menu {
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
  .download .menu button {
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
  .download .menu button:hover,
  .tools-group > button:hover {
    background: var(--partner-map-hover);
  }
  .tour-bar {
    position: absolute;
    left: 50%;
    bottom: 26px;
    z-index: 900;
    display: flex;
    align-items: center;
    gap: 4px;
    max-width: calc(100% - 24px);
    padding: 4px 6px;
    transform: translateX(-50%);
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 20px;
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
  .tour-status {
    padding: 0 8px;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
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
  .loading {
    position: absolute;
    top: 12px;
    left: 50%;
    transform: translateX(-50%);
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
  .errors ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
  .map-surface {
    position: absolute;
    inset: 0;
  }
  .leaflet-container {
    font: inherit;
    background: var(--partner-map-sea);
  }
  .pm-label {
    position: absolute;
    z-index: 700;
    transform: translate(-50%, -100%);
    padding: 3px 7px;
    border-radius: 4px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    border: 1px solid var(--partner-map-line);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    font: 600 12px/1.3 var(--partner-map-font);
    white-space: nowrap;
    pointer-events: none;
  }
  :host([presentation]) .pm-label {
    font-size: 18px;
  }
  .pm-label[hidden] {
    display: none;
  }
  /* Large networks: the canvas takes no pointer events (clicks are hit-tested on the map, so
     countries under empty canvas stay clickable); one focusable ring stands over the item that
     has keyboard focus, above the panes, letting the pointer through. */
  .pm-cluster {
    pointer-events: none;
  }
  .pm-over-item {
    cursor: pointer;
  }
  .pm-cluster-focus {
    position: absolute;
    z-index: 650;
    border-radius: 50%;
    pointer-events: none;
  }
  .pm-cluster-focus[hidden] {
    display: none;
  }
  .group-key {
    flex: none;
  }
  .details h3 {
    margin: 0 18px 2px 0;
    font-size: 15px;
    line-height: 1.3;
  }
  .details p {
    margin: 4px 0;
  }
  .details .full,
  .details .meta {
    color: var(--partner-map-muted);
  }
  .details .label {
    margin-top: 8px;
    font-weight: 650;
  }
  .details ul {
    margin: 4px 0;
    padding: 0;
    list-style: none;
  }
  .details .roles li {
    display: grid;
    grid-template-columns: 20px 1fr auto;
    align-items: baseline;
    column-gap: 4px;
    padding: 2px 0;
  }
  .details .roles .role {
    color: var(--partner-map-muted);
    text-align: end;
  }
  .details .role-note {
    grid-column: 2 / -1;
    font-size: 12px;
    color: var(--partner-map-muted);
  }
  .details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 6px 0;
  }
  .details dt {
    color: var(--partner-map-muted);
  }
  .details dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .details .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .details .chips li {
    padding: 1px 8px;
    border-radius: 10px;
    background: var(--partner-map-chip);
    border: 1px solid var(--partner-map-chip-line);
    font-size: 12px;
  }
  .details .notes summary {
    cursor: pointer;
    color: var(--partner-map-muted);
    min-height: 24px;
    line-height: 24px;
  }
  .details .notes ul {
    list-style: disc;
    padding-inline-start: 16px;
    font-size: 12px;
  }
  .details a {
    color: var(--partner-map-accent);
  }
  /* Under 600 px wide, or low (a 640×360 embed, a 700×420 blog column): the summary and the filters
     fold behind a toggle, so the map keeps most of the box. */
  @container (max-width: 600px) or (max-height: 400px) or ((max-height: 480px) and (max-width: 900px)) {
    .header {
      padding: 6px 8px;
    }
    h2 {
      font-size: 15px;
    }
    /* The summary stays for screen readers (it describes the map); the eye has the map itself. */
    .header .summary {
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
    .search {
      flex: 1 1 0;
    }
    .switch button,
    .panels-toggle {
      padding: 4px 8px;
    }
    .panels-toggle {
      display: block;
    }
    .filters {
      display: none;
      flex-wrap: nowrap;
      overflow-x: auto;
      padding: 6px 8px;
    }
    .filters.open {
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .filter-group {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding-bottom: 2px;
    }
    .toggle {
      flex: none;
    }
  }
  /* Under 600 px: the tools on a line of their own, details as a bottom sheet. */
  @container (max-width: 600px) {
    .tools {
      flex: 1 1 100%;
    }
    .drawer {
      top: auto;
      left: 0;
      width: auto;
      max-height: 62%;
      border-inline-start: 0;
      border-top: 1px solid var(--partner-map-line);
      border-radius: 10px 10px 0 0;
      box-shadow: 0 -4px 14px rgb(0 0 0 / 0.16);
    }
    .with-details .zoom {
      right: 10px;
    }
    .with-details .attribution,
    .with-details .list {
      right: 0;
    }
  }
  /* Print: the map or the list as they are, without the controls, on white. */
  @media print {
    :host {
      height: auto !important;
      min-height: 0;
      border: 0;
      --partner-map-background: #fff;
      --partner-map-text: #000;
    }
    .frame {
      height: auto;
    }
    .tools,
    .filters,
    .zoom,
    .tools-group,
    .tour-bar,
    .panels-toggle,
    .drawer .close,
    .errors {
      display: none !important;
    }
    .stage {
      height: 160mm;
      break-inside: avoid;
    }
    .stage:has(.list) {
      height: auto;
    }
    .list {
      position: static;
      overflow: visible;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    .drawer {
      position: static;
      width: auto;
      box-shadow: none;
      border: 0;
      break-before: page;
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

export const styles = [leaflet, own, dark];
