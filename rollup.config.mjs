// Three builds of one source:
//   dist/partner-map.js       self-contained ES module that registers <partner-map> (for <script type=module>);
//                             dist/partner-map-validator.js, next to it, is fetched only for `data` or `src`;
//                             dist/partner-map-cluster.js, next to it, is fetched only by maps of more
//                             partners than the clustering threshold (supercluster and the canvas layer);
//                             dist/partner-map-coasts.js (the 50m land of Europe) past zoom 5 there;
//                             dist/partner-map-locale-<lang>.js, one per language but English, when asked for
//   dist/partner-map.iife.js  the same as a classic script, the chunks inlined (a classic script
//                             cannot load a chunk); it registers the element and writes no global
//   dist/index.js             ES module with bare imports of Lit, d3-scale, topojson-client and supercluster, for
//                             bundler users (types in dist/types/), with its own clustering chunk dist/index-cluster.js.
//                             Leaflet is bundled in: the widget uses its private ES sources (leaflet/src/*), and
//                             a consumer's bundler would take them unpatched, with the innerHTML probe that
//                             breaks under Trusted Types (scripts/leaflet-trusted-types.mjs)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { rollupPlugin as leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { squeezeTemplatesPlugin as squeezeTemplates } from './scripts/squeeze-templates.mjs';

const compile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

// terser squeezes about 1 KB gzip more than esbuild's minifier out of Leaflet and our code; a
// third pass 0.2 KB more. (pure_getters, unsafe_arrows and the like would save a little more, but
// they assume things of Leaflet's and Lit's code that are not ours to promise.)
const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 3 }, format: { comments: false } });

/** Leaflet modules the widget never runs, replaced by what Leaflet itself does without them
 *  (about 1 KB gzip): SVG.VML serves only browsers without SVG (Browser.vml is false wherever
 *  SVG is, and SVG.js checks it); Marker.Drag is optional in Marker.js (`if (MarkerDrag)`: our
 *  markers are never dragged); Icon.Default is only the default of `icon`, and our one L.marker
 *  call (src/map/marks-layer.ts) always passes a div icon. */
const leafletUnused = () => {
  const stubs = {
    'SVG.VML': 'export const vmlMixin = {}, vmlCreate = undefined;',
    'Marker.Drag': 'export const MarkerDrag = undefined;',
    'Icon.Default': 'export class IconDefault {}',
  };
  return {
    name: 'leaflet-unused',
    resolveId(id, importer) {
      const name = /\/(SVG\.VML|Marker\.Drag|Icon\.Default)(\.js)?$/.exec(id)?.[1];
      return name && importer?.includes('leaflet') ? `\0leaflet-unused:${name}` : null;
    },
    load(id) {
      return id.startsWith('\0leaflet-unused:') ? stubs[id.slice('\0leaflet-unused:'.length)] : null;
    },
  };
};

/** Minifies the CSS of each Lit `css` template in *.styles.ts with esbuild (terser leaves template text alone).
 *  An interpolation (`${darkPalette}`) stands in as a custom property while esbuild reads the text, so it
 *  must sit where a declaration may; a template of declarations alone is read inside a rule. esbuild keeps
 *  the space after a custom property's colon, which CSS drops anyway: that one squeeze is ours. A template
 *  that holds a backslash (one thing to JavaScript, another to CSS), or whose interpolations would not
 *  stay in place, is left as written, with a warning. */
const minifyCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const minify = (body) => {
      if (body.includes('\\')) return undefined;
      const slots = [];
      let text = body.replace(/\$\{[^}]*\}/g, (slot) => `--pm-slot-${slots.push(slot) - 1}:0;`);
      const declarations = !text.includes('{');
      if (declarations) text = `a{${text}}`;
      const { code: out, warnings } = transformSync(text, { loader: 'css', minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'silent' });
      let css = out.trim().replace(/(--[\w-]+): /g, '$1:');
      if (declarations) css = css.startsWith('a{') && css.endsWith('}') ? css.slice(2, -1) : '';
      const kept = slots.every((_, i) => css.split(`--pm-slot-${i}:0`).length === 2);
      if (warnings.length || !css || !kept || /[`\\]|\$\{/.test(css)) return undefined;
      return slots.reduce((s, slot, i) => s.replace(`--pm-slot-${i}:0`, slot), css);
    };
    return {
      code: code.replace(/css`([^`]*)`/g, (template, body) => {
        const css = minify(body);
        if (css === undefined) this.warn(`CSS left as written in ${id}: ${body.trim().slice(0, 60)}…`);
        return css === undefined ? template : `css\`${css}\``;
      }),
      map: null,
    };
  },
});

const external = (id) => /^(lit|@lit|d3-|topojson-|supercluster)/.test(id);

export default [
  {
    input: 'src/standalone.ts',
    // The clustering chunk imports Leaflet and the marks from the entry itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [leafletUnused(), nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), squeezeTemplates(), compile()],
    output: { dir: 'dist', entryFileNames: 'partner-map.js', chunkFileNames: 'partner-map-[name].js', format: 'es', sourcemap: true, plugins: [minify(true)] },
  },
  {
    input: 'src/register.ts',
    plugins: [leafletUnused(), nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), squeezeTemplates(), compile()],
    output: { file: 'dist/partner-map.iife.js', format: 'iife', inlineDynamicImports: true, sourcemap: true, plugins: [minify(false)] },
  },
  {
    input: 'src/index.ts',
    preserveEntrySignatures: 'allow-extension',
    external,
    plugins: [leafletUnused(), nodeResolve({ browser: true }), leafletTrustedTypes(), compile()],
    output: { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'index-[name].js', format: 'es', sourcemap: true },
  },
];
