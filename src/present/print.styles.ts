import { css } from 'lit';

/** Printing: the map or the list as they are, without the controls, on white. */
export const printStyles = css`
  @media print {
    :host {
      height: auto !important;
      min-height: 0;
      border: 0;
      --partner-map-background: #fff;
      --partner-map-text: #000;
    }
    .frame {
      height: auto;
    }
    .tools,
    .filters,
    .zoom,
    .pan,
    .tools-group,
    .tour-bar,
    .panels-toggle,
    .drawer .close,
    .errors {
      display: none !important;
    }
    .stage {
      height: 160mm;
      break-inside: avoid;
    }
    .stage:has(.list) {
      height: auto;
    }
    tr {
      break-inside: avoid;
    }
    .drawer {
      position: static;
      width: auto;
      box-shadow: none;
      border: 0;
      break-before: page;
    }
  }
`;
