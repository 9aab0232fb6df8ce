import { css } from 'lit';

/** The list view: its tables, their sort buttons and the pager. In the list's chunk, adopted after
 *  the element's sheet (print included): its print rules are here, where they come last. */
export const listViewStyles = css`
  .list {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 8px 12px 16px;
  }
  /* A table wider than the list scrolls sideways inside its own box, with a shadow at the edge
     that has more (the covers scroll with the content, the shadows stay: a cue that goes when
     the end is reached). */
  .table-scroll {
    overflow-x: auto;
    margin-bottom: 18px;
    background:
      linear-gradient(to right, var(--partner-map-background) 30%, transparent) left / 24px 100% no-repeat local,
      linear-gradient(to left, var(--partner-map-background) 30%, transparent) right / 24px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.45), transparent) left / 16px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.45), transparent) right / 16px 100% no-repeat scroll;
  }
  .table-scroll table {
    margin-bottom: 0;
  }
  /* The partners table's filters: type, country and role. */
  .partner-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin: 4px 0 8px;
    font-size: 13px;
  }
  .partner-filters select {
    min-height: 28px;
    max-width: 14em;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 4px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: inherit;
  }
  /* The data out: what the list shows, as a spreadsheet or GeoJSON. */
  .list-download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 6px;
    margin-bottom: 8px;
    font-size: 13px;
    color: var(--partner-map-muted);
  }
  .list-download button {
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 14px;
    background: var(--partner-map-background);
    color: var(--partner-map-text);
    font: inherit;
    cursor: pointer;
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
  .roles-cell .pm-key {
    vertical-align: -1px;
    margin-inline-end: 5px;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .unknown {
    font-style: italic;
    color: var(--partner-map-muted);
  }
  .row-link .pm-key {
    vertical-align: -1px;
    margin-inline-end: 5px;
  }
  .more-rows {
    margin: -12px 0 18px;
    font-size: 13px;
    color: var(--partner-map-muted);
  }
  /* The timeline: a row per project, its name and dates beside a track of years (the bars and
     ticks are SVG in % of the track, so they follow its width); on a phone the name goes above. */
  .timeline {
    margin-bottom: 18px;
    font-size: 13px;
  }
  .tl-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .timeline h3 {
    margin: 4px 0 6px;
    font-size: 14px;
    font-weight: 650;
  }
  .tl-pick select {
    min-height: 28px;
    margin-inline-start: 6px;
    font: inherit;
    color: var(--partner-map-text);
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-control-border);
    border-radius: 6px;
  }
  .tl-active {
    margin: 2px 0 6px;
    font-weight: 650;
  }
  .tl-rows {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tl-row {
    display: grid;
    grid-template-columns: minmax(9em, 30%) 1fr;
    gap: 2px 10px;
    align-items: center;
    padding: 3px 0;
    border-bottom: 1px solid var(--partner-map-line-soft);
  }
  .tl-axis {
    border: 0;
    padding: 0;
  }
  .tl-label .pm-key {
    vertical-align: -1px;
    margin-inline-end: 5px;
  }
  .tl-track {
    display: block;
    width: 100%;
    height: 22px;
    overflow: visible;
  }
  .tl-axis .tl-track {
    height: 18px;
  }
  .tl-track text {
    font-size: 11px;
    fill: var(--partner-map-muted);
  }
  .tl-grid {
    stroke: var(--partner-map-line);
  }
  .tl-year {
    fill: color-mix(in srgb, var(--partner-map-accent) 16%, transparent);
  }
  .tl-event {
    stroke: var(--partner-map-text);
    stroke-width: 2;
  }
  .tl-row.on .tl-bar {
    stroke: var(--partner-map-text);
    stroke-width: 2;
  }
  .tl-row.off .tl-bar {
    opacity: 0.25;
  }
  @container (max-width: 600px) {
    .tl-row {
      grid-template-columns: 1fr;
    }
    .tl-axis > span {
      display: none;
    }
  }
  @media print {
    .list {
      position: static;
      overflow: visible;
    }
    thead th {
      position: static;
    }
    .list-download,
    .partner-filters {
      display: none;
    }
  }
`;
