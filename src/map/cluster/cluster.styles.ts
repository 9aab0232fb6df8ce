import { css } from 'lit';

/** Large networks: the canvas layer and the focus ring over its items. */
export const clusterStyles = css`
  /* Large networks: the canvas takes no pointer events (clicks are hit-tested on the map, so
     countries under empty canvas stay clickable); one focusable ring stands over the item that
     has keyboard focus, above the panes, letting the pointer through. */
  .pm-cluster {
    pointer-events: none;
    transition: opacity 0.2s;
  }
  /* Out of date while a new selection is grouped (a moment, for 100,000 partners). */
  .pm-cluster.pm-stale {
    opacity: 0.4;
  }
  @media (prefers-reduced-motion: reduce) {
    .pm-cluster {
      transition: none;
    }
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
`;
