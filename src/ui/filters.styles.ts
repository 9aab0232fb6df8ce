import { css } from 'lit';

/** The filter bar: a toggle per project and per layer. Under 600 px it hides behind the header's Filters button. */
export const filtersStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 16px;
    padding: 6px 12px 8px;
    border-bottom: 1px solid var(--partner-map-line-soft);
  }
  .filter-group {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid var(--partner-map-control-border);
    border-radius: 14px;
    background: var(--partner-map-background);
    color: var(--partner-map-muted);
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    color: var(--partner-map-text);
    border-color: var(--partner-map-text);
    box-shadow: inset 0 0 0 1px var(--partner-map-text);
  }
  /* An unpressed project's key is drawn hollow, in the text colour. */
  .toggle[aria-pressed='false'] .pm-key path {
    fill: none;
    stroke: currentColor;
    stroke-opacity: 1;
  }
  .toggle .count {
    font-variant-numeric: tabular-nums;
    color: var(--partner-map-muted);
  }
  .layer-toggle .check {
    width: 12px;
    height: 12px;
    border: 1.5px solid currentColor;
    border-radius: 3px;
  }
  .layer-toggle[aria-pressed='true'] .check {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--partner-map-background);
  }
  /* Forced colours drop the shadows and background colours that show a state: unpressed toggles
     are dashed, a pressed layer's check filled, Map/List's pressed button in the selection colours
     (with no backplate: the text would sit on a Canvas box). */
  @media (forced-colors: active) {
    .toggle[aria-pressed='false'] {
      border-style: dashed;
    }
    .layer-toggle[aria-pressed='true'] .check {
      background: CanvasText;
    }
    .switch [aria-checked='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }
  /* Narrow or low boxes: behind the Filters toggle, the toggles wrapping (never scrolling sideways, 1.4.10). */
  @container (max-width: 600px) or (max-height: 400px) or ((max-height: 480px) and (max-width: 900px)) {
    .filters {
      display: none;
      padding: 6px 8px;
      max-height: 60%;
      overflow-y: auto;
    }
    .filters.open {
      display: flex;
    }
  }
`;
