// Three builds of one source:
//   dist/partner-map.js       self-contained ES module that registers <partner-map> (for <script type=module>);
//                             dist/partner-map-validator.js, next to it, is fetched only for `data` or `src`;
//                             dist/partner-map-cluster.js, next to it, is fetched only by maps of more
//                             partners than the clustering threshold (supercluster and the canvas layer);
//                             dist/partner-map-coasts.js (the 50m land of Europe) past zoom 5 there
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
import { rollupPlugin as leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';

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

/** Squeezes the whitespace out of Lit `css` templates, which terser leaves alone (~1 KB gzip).
 *  Our styles hold no strings or comments whose spaces matter. */
const minifyCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const squeeze = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}');
    return { code: code.replace(/css`([^`]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
  },
});

const external = (id) => /^(lit|@lit|d3-|topojson-|supercluster)/.test(id);

export default [
  {
    input: 'src/standalone.ts',
    // The clustering chunk imports Leaflet and the marks from the entry itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [leafletUnused(), nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), compile()],
    output: { dir: 'dist', entryFileNames: 'partner-map.js', chunkFileNames: 'partner-map-[name].js', format: 'es', sourcemap: true, plugins: [minify(true)] },
  },
  {
    input: 'src/register.ts',
    plugins: [leafletUnused(), nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), compile()],
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
