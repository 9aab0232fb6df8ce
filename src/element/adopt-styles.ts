import type { CSSResult } from 'lit';

/** Adopts a chunk's styles into the element's shadow root when the chunk arrives, once: a
 *  constructed sheet, no inline <style>, so a strict CSP holds (the inset, the list, the progress bar). */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
