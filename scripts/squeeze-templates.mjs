/**
 * A rollup plugin that drops the indentation inside Lit's html`` and svg`` templates of our own
 * sources: terser leaves template text alone, and the start bundle carried ~2.4 KB of it (~0.3 KB
 * gzip). Only the spaces and tabs after a line break go; the line break stays, so every place
 * that had white space still has some (markup collapses a run of it to one space, and Lit finds
 * its attribute bindings by the white space before them). Expressions (`${…}`) are copied as
 * written, nested templates in them squeezed the same way; a template that is not tagged html or
 * svg (a message, a file written out) is copied as written.
 */

/** The source with its html`` and svg`` templates' indentation dropped. */
export function squeezeTemplates(source) {
  let out = '';
  let i = 0;
  /** Copies code (not template text) until `stop` (a `}` closing an expression) at depth 0. */
  const code = (stopAtBrace) => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === '`') {
        const tag = /(?:^|[^\w$.])(html|svg)\s*$/.test(source.slice(Math.max(0, i - 12), i));
        out += c;
        i++;
        template(tag);
      } else if (c === "'" || c === '"') {
        quoted(c);
      } else if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        const to = end === -1 ? source.length : end;
        out += source.slice(i, to);
        i = to;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        const to = end === -1 ? source.length : end + 2;
        out += source.slice(i, to);
        i = to;
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (stopAtBrace && depth === 0) return;
          depth--;
        }
        out += c;
        i++;
      }
    }
  };
  const quoted = (q) => {
    out += source[i++];
    while (i < source.length && source[i] !== q) {
      if (source[i] === '\\') out += source[i++];
      out += source[i++];
    }
    out += source[i++] ?? '';
  };
  /** Copies a template's text (its opening backtick already copied) up to its closing one. */
  const template = (squeeze) => {
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        out += c + (source[i + 1] ?? '');
        i += 2;
      } else if (c === '`') {
        out += c;
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out += '${';
        i += 2;
        code(true);
        out += source[i++] ?? ''; // the closing brace
      } else if (squeeze && c === '\n') {
        out += '\n';
        i++;
        while (source[i] === ' ' || source[i] === '\t') i++;
      } else {
        out += c;
        i++;
      }
    }
  };
  code(false);
  return out;
}

/** The plugin: our TypeScript sources only (not styles, which minify-lit-css handles). */
export const squeezeTemplatesPlugin = () => ({
  name: 'squeeze-templates',
  transform(source, id) {
    if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.styles.ts') || id.includes('/generated/')) return null;
    const code = squeezeTemplates(source);
    return code === source ? null : { code, map: null };
  },
});
