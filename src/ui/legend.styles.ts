import { css } from 'lit';

/** The legend over the map: project keys (buttons), mark keys, reach steps. */
export const legendStyles = css`
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
  .group-key {
    flex: none;
  }
`;
