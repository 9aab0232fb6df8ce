import { css, unsafeCSS } from 'lit';
import { leafletCss } from '../generated/leaflet-css.js';

/** Leaflet's own stylesheet lives in the shadow root: nothing leaks out, the host's CSS stays out. */
export const leafletStyles = unsafeCSS(leafletCss);

/** The Leaflet surface and what we draw on it: land, marks (the selected one grown), keys, labels. */
export const mapStyles = css`
  /* The partner whose view this is (partner="…"): a ring in the accent colour round its mark (or
     round the group mark it is in), and its links drawn stronger. */
  .pm-emph svg {
    outline: 2.5px solid var(--partner-map-accent);
    outline-offset: 2px;
    border-radius: 50%;
  }
  .pm-link.pm-emph {
    stroke-width: 3px;
    stroke-opacity: 0.95;
  }
  :host([presentation]) .pm-link.pm-emph {
    stroke-width: 4.5px;
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
  /* After the marks' shadow, which would otherwise replace the selected mark's glow. */
  .pm-selected svg {
    transform: scale(1.35);
    filter: drop-shadow(0 0 0 var(--partner-map-accent)) drop-shadow(0 0 3px var(--partner-map-accent));
  }
  /* The lead's ring in the text colour, so it reads on the dark theme's land too. */
  .pm-ring {
    stroke: var(--partner-map-text);
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
  .pm-key {
    flex: none;
    overflow: visible;
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
  }
  :host([presentation]) .pm-label {
    font-size: 18px;
  }
  .pm-label[hidden] {
    display: none;
  }
`;

/** Where the reach inset goes (its look comes with its chunk). While its chunk loads, an empty box
 *  of its size (`.reach-inset-pending`: the caption row, then the world at 360 × 151) keeps its
 *  room, so the first view is fitted beside it and not fitted again when it arrives. */
export const insetPlacement = css`
  .reach-inset,
  .reach-inset-pending {
    /* Over the map, in its bottom-right corner, clear of the tool buttons and above the attribution. */
    position: absolute;
    right: calc(56px * var(--partner-map-scale, 1));
    bottom: 24px;
    z-index: 700;
    width: clamp(calc(130px * var(--partner-map-scale, 1)), 30%, calc(320px * var(--partner-map-scale, 1)));
  }
  .reach-inset-pending {
    /* The inset's padding and border (5 px), its caption row (24 px) and the gap under it (3 px). */
    padding: 32px 5px 5px;
    visibility: hidden;
    pointer-events: none;
  }
  .reach-inset-pending > div {
    aspect-ratio: 360 / 151;
  }
  /* A box as low as a 1280×1024 screen at 400 % zoom (256 px): the world inset would cover most
     of the map and its pan buttons; the fit button (⤢) shows the whole world instead. */
  @container (max-height: 300px) {
    /* .frame: above the inset's own display, which its chunk's sheet (adopted later) sets. */
    .frame .reach-inset,
    .reach-inset-pending {
      display: none;
    }
  }
`;
