import { css } from 'lit';

/** The progress of a load, in the box the stage's loading note has (partner-map.styles.ts). */
export const loadProgressStyles = css`
  .loading {
    text-align: center;
  }
  .loading p {
    margin: 0;
  }
  .loading progress {
    display: block;
    width: 12em;
    margin: 4px auto 0;
    accent-color: var(--partner-map-accent);
  }
  .loading .bytes {
    font-size: 0.85em;
    color: var(--partner-map-muted);
    font-variant-numeric: tabular-nums;
  }
`;
