import { css } from 'lit';

/** Large networks: the canvas layer and the focus ring over its items. */
export const clusterStyles = css`
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
`;
