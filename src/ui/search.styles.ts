import { css } from 'lit';

/** The search field in the header and its list of hits. */
export const searchStyles = css`
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
  .search [role='listbox'] {
    position: absolute;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    z-index: 1200;
    margin: 0;
    padding: 4px;
    max-height: 280px;
    overflow: auto;
    background: var(--partner-map-background);
    border: 1px solid var(--partner-map-line);
    border-radius: 6px;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .search [role='option'],
  .search .no-results {
    display: flex;
    flex-direction: column;
    padding: 5px 8px;
    border-radius: 4px;
    cursor: pointer;
    min-height: 24px;
  }
  .search [aria-selected='true'],
  .search [role='option']:hover {
    background: color-mix(in srgb, var(--partner-map-accent) 14%, transparent);
  }
  .search .hit-name {
    font-weight: 600;
  }
  /* A group's label: the kind of its results. */
  .search .hit-group {
    display: block;
    padding: 6px 8px 2px;
    font-size: 11px;
    font-weight: 650;
    text-transform: uppercase;
    color: var(--partner-map-muted);
  }
  .search .hit-hidden {
    font-size: 12px;
    font-style: italic;
    color: var(--partner-map-accent);
  }
  .search .hit-meta,
  .search .no-results {
    font-size: 12px;
    color: var(--partner-map-muted);
  }
  /* Narrow or low boxes: the field shares the row with the view switch and the filters toggle. */
  @container (max-width: 600px) or (max-height: 400px) or ((max-height: 480px) and (max-width: 900px)) {
    .search {
      flex: 1 1 0;
    }
  }
`;
