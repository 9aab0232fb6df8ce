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
    display: block;
    position: relative;
    box-sizing: border-box;
    height: var(--partner-map-height);
    min-height: 240px;
    overflow: hidden;
    contain: layout paint;
    font: 14px/1.4 var(--partner-map-font);
    color: var(--partner-map-text);
    background: var(--partner-map-background);
    border: 1px solid #d0d7de;
    border-radius: 8px;
    text-align: start;
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
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 12px;
    padding: 8px 12px;
    border-bottom: 1px solid #d8dee4;
  }
  h2 {
    margin: 0;
    font-size: 16px;
    font-weight: 650;
  }
  header .summary {
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
    /* Popups size themselves to the map (cqh units), so a long one scrolls instead of being cut. */
    container-type: size;
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
  .pm-partner,
  .pm-event {
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
    border: 1px solid #d0d7de;
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
    border-top: 1px solid #e4e8ec;
    padding-top: 4px !important;
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
    border: 1px solid #d0d7de;
    border-radius: 6px;
    overflow: hidden;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
  }
  .zoom button {
    width: 32px;
    height: 32px;
    border: 0;
    border-bottom: 1px solid #d8dee4;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: 600 18px/1 var(--partner-map-font);
    cursor: pointer;
  }
  .zoom button:last-child {
    border-bottom: 0;
  }
  .zoom button:hover {
    background: #f3f4f6;
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
  .errors {
    margin: 0;
    padding: 6px 12px;
    background: #fff8c5;
    border-bottom: 1px solid #d4a72c;
    font-size: 13px;
    max-height: 40%;
    overflow: auto;
  }
  .errors ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
  /* Popups: Leaflet's frame, our type. */
  .leaflet-container {
    font: inherit;
  }
  .leaflet-popup-content {
    max-height: calc(100cqh - 72px);
    overflow: auto;
    overscroll-behavior: contain;
    margin: 12px 14px;
    font-size: 13px;
    line-height: 1.45;
    color: var(--partner-map-text);
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--partner-map-background);
  }
  .leaflet-tooltip.pm-tip {
    font: 600 12px/1.3 var(--partner-map-font);
    padding: 3px 6px;
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
    background: #fbeed2;
    border: 1px solid #e0b860;
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
`;

export const styles = [leaflet, own];
