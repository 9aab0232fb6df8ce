import { css } from 'lit';

/** The reach inset's look, in the element's custom properties (light and dark themes follow).
 *  Where it goes is in the main stylesheet (insetPlacement), so its room is kept before it arrives. */
export const reachInsetStyles = css`
  /* Placed by the main stylesheet (src/map/map.styles.ts, insetPlacement): the room it takes is
     kept before this chunk arrives, so the first view is fitted beside it once. */
  .reach-inset {
    margin: 0;
    padding: 4px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 3px 6px;
    container-type: inline-size;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: calc(12px * var(--partner-map-scale, 1));
    line-height: 1.2;
  }
  /* Open details cover the map's right side: the inset moves left of them; where that leaves no
     room beside the legend (or the details are a bottom sheet), it stays where it was, under them,
     out of sight and of the Tab order (the fits keep clear of it as before). */
  @container (min-width: 1001px) {
    .with-details .reach-inset {
      right: calc(min(340px, 45%) + 56px * var(--partner-map-scale, 1));
    }
  }
  @container (max-width: 1000px) {
    .with-details .reach-inset {
      visibility: hidden;
    }
  }
  .reach-inset figcaption {
    flex: 1 1 0;
    min-width: 0;
    font-weight: 600;
  }
  /* The map goes under the caption row; the button sits at the row's end (one focusable: the
     visual order cannot mislead the keyboard). */
  .reach-inset > svg {
    order: 2;
    flex: 1 0 100%;
    display: block;
    width: 100%;
    height: auto;
    border-radius: 3px;
  }
  .reach-inset .sea {
    fill: var(--partner-map-sea);
  }
  .reach-inset .land {
    fill: var(--partner-map-land);
    stroke: var(--partner-map-borders);
    stroke-width: 0.3px;
    vector-effect: non-scaling-stroke;
  }
  .reach-inset .market {
    cursor: pointer;
    stroke: #8a5d00;
    stroke-width: calc(0.8px * var(--partner-map-scale, 1));
    stroke-linejoin: round;
  }
  .reach-inset .market * {
    vector-effect: non-scaling-stroke;
  }
  .reach-inset .market:hover {
    stroke-width: calc(2px * var(--partner-map-scale, 1));
  }
  .reach-inset .arc,
  .reach-inset .view {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }
  .reach-inset .arc {
    stroke-width: calc(1.2px * var(--partner-map-scale, 1));
    stroke-linecap: round;
    opacity: 0.8;
  }
  .reach-inset .view {
    stroke: var(--partner-map-text);
    stroke-width: calc(1.2px * var(--partner-map-scale, 1));
    stroke-dasharray: 3 2;
  }
  .reach-inset button {
    order: 1;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 6px;
    min-height: 24px;
    min-width: 24px;
    font-size: 0.92em;
    white-space: nowrap;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 4px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font-family: inherit;
    cursor: pointer;
  }
  .reach-inset button:hover {
    background: var(--partner-map-hover);
  }
  .reach-inset button:focus-visible {
    outline: 3px solid var(--partner-map-accent);
    outline-offset: 1px;
  }
  /* Narrow: the button keeps its name (for assistive technology and as a tooltip) but shows the globe only. */
  @container (max-width: 230px) {
    .reach-inset button span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
`;
