/** The reach inset comes in a chunk of its own, fetched as soon as a map has markets to show: it
 *  is drawn right after the first view, and costs the start nothing. Its styles are adopted into
 *  the shadow root when it arrives (a constructed sheet: no inline <style>, so a strict CSP holds). */
type InsetModule = typeof import('../ui/reach-inset.js');

let loading: Promise<InsetModule> | undefined;

/** The inset's module (asked for once per page; a failure is final for the page). */
export const loadInset = (): Promise<InsetModule> => (loading ??= import('../ui/reach-inset.js'));

/** Adds the inset's sheet to a shadow root once. */
export function adoptInsetStyles(root: ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
