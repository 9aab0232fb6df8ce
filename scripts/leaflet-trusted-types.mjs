// Leaflet 1.9 probes inline-SVG support at load time with `div.innerHTML = '<svg/>'`; under a
// Trusted Types policy (require-trusted-types-for 'script') that assignment throws and the whole
// bundle fails to start (Leaflet #8423, kept as is upstream). Every browser that has SVG parses
// inline SVG, so the probe is replaced by its answer. Used by rollup and by the test server alike.
const PROBE =
  /var inlineSvg = !!svg && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/;

export function patchLeaflet(code, id) {
  if (!/leaflet[\\/]src[\\/]core[\\/]Browser\.js$/.test(id)) return undefined;
  if (!PROBE.test(code)) throw new Error('leaflet-trusted-types: the inlineSvg probe was not found; check the Leaflet version');
  return code.replace(PROBE, 'var inlineSvg = !!svg;');
}

/** For rollup. */
export const rollupPlugin = () => ({
  name: 'leaflet-trusted-types',
  transform(code, id) {
    const patched = patchLeaflet(code, id);
    return patched === undefined ? null : { code: patched, map: null };
  },
});

/** For @web/dev-server and @web/test-runner. */
export const devServerPlugin = () => ({
  name: 'leaflet-trusted-types',
  transform(context) {
    const patched = patchLeaflet(typeof context.body === 'string' ? context.body : '', context.path);
    return patched === undefined ? undefined : { body: patched };
  },
});
