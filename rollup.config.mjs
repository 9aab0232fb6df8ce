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

// terser squeezes about 1 KB gzip more than esbuild's minifier out of Leaflet and our code.
const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

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
    plugins: [nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), compile()],
    output: { dir: 'dist', entryFileNames: 'partner-map.js', chunkFileNames: 'partner-map-[name].js', format: 'es', sourcemap: true, plugins: [minify(true)] },
  },
  {
    input: 'src/register.ts',
    plugins: [nodeResolve({ browser: true }), leafletTrustedTypes(), minifyCss(), compile()],
    output: { file: 'dist/partner-map.iife.js', format: 'iife', inlineDynamicImports: true, sourcemap: true, plugins: [minify(false)] },
  },
  {
    input: 'src/index.ts',
    preserveEntrySignatures: 'allow-extension',
    external,
    plugins: [nodeResolve({ browser: true }), leafletTrustedTypes(), compile()],
    output: { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'index-[name].js', format: 'es', sourcemap: true },
  },
];
