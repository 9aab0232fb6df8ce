/**
 * Checks a `tiles` URL template before Leaflet sees it: Leaflet throws on every view change for a
 * placeholder it does not know (`{foo}`), and would request whatever scheme it is given
 * (`javascript:`, `data:`, `blob:`). Only http(s) templates whose placeholders are {s}, {z}, {x},
 * {y} and {r} are used; anything else is refused, with why.
 */
const KNOWN = new Set(['s', 'z', 'x', 'y', 'r']);

/** The template when it can be used, else undefined and the reason (in English, for the console). */
export function checkTiles(template: string): { readonly url?: string; readonly problem?: string } {
  let url: URL;
  try {
    url = new URL(template.replace(/\{[^}]*\}/g, 'a'), document.baseURI);
  } catch {
    return { problem: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `only http(s) tiles are used, not ${url.protocol}` };
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '').filter((p) => !KNOWN.has(p));
  if (unknown.length) return { problem: `unknown placeholder {${unknown[0] ?? ''}} (known: {s} {z} {x} {y} {r})` };
  return { url: template };
}

/** `checkTiles`, saying in the console why a template is refused. */
export function checkedTiles(template: string | undefined): { readonly url?: string; readonly problem?: string } {
  const checked = template ? checkTiles(template) : {};
  if (checked.problem) console.warn(`partner-map: tiles="${template ?? ''}" not used: ${checked.problem}`);
  return checked;
}
