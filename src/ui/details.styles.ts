import { css } from 'lit';

/** The details drawer (a bottom sheet under 600 px) and what it shows: partner, project, country, group, event. */
export const detailsStyles = css`
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
  /* "Show links" on: filled, and ticked (forced colours drop the fill). */
  .action[aria-pressed='true'] {
    background: var(--partner-map-accent);
    color: var(--partner-map-background);
  }
  .action[aria-pressed='true']::before {
    content: '✓ ' / '';
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
  .details h3 .pm-key,
  .details li > .pm-key {
    vertical-align: -1px;
    margin-inline-end: 6px;
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
  /* Under 600 px: a bottom sheet. */
  @container (max-width: 600px) {
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
  }
`;
