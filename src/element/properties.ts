import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LAYERS, type LayerName } from '../data/types.js';
import { idList, langAttribute, layerList, type Theme, type View } from './api.js';

/**
 * The properties of `<partner-map>` (its attributes), declared apart from what the element does
 * with them (src/partner-map.ts). They are documented, for pages, in the element's class JSDoc.
 */
export class PartnerMapProperties extends LitElement {
  /** Project ids to show; null shows every project. */
  @property({ converter: idList, reflect: true }) projects: string[] | null = null;

  /** The id of the partner whose view this is: its projects only, its mark and links emphasised, its name in the title. */
  @property({ reflect: true }) partner: string | null = null;

  /** A title replacing the widget's own. */
  @property() heading: string | undefined;

  /** Layers to show. */
  @property({ converter: layerList, reflect: true }) layers: LayerName[] = [...LAYERS];

  /** Map or list view. */
  @property({ reflect: true }) view: View = 'map';

  @property({ reflect: true, converter: langAttribute }) override lang = '';

  @property() tiles: string | undefined;

  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | undefined;

  /** A collaboration FeatureCollection (parsed JSON) that replaces the bundled data and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of a collaboration GeoJSON file that replaces the bundled data. */
  @property() src: string | undefined;

  /** Colour theme; `auto` follows prefers-color-scheme. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** How long a `src` request may take, in milliseconds. */
  @property({ attribute: false }) srcTimeout = 15000;

  /** The largest `src` body read, in bytes (100 MiB); a longer one is refused with a data-error. */
  @property({ attribute: false }) srcMaxBytes = 100 * 2 ** 20;

  /** Request `tiles` with CORS (needed only to export a map drawn over tiles). */
  @property({ type: Boolean, attribute: 'tiles-crossorigin' }) tilesCrossOrigin = false;

  /** Seconds per tour step; when set as an attribute, the tour plays by itself. */
  @property({ type: Number }) tour: number | undefined;

  /** Larger text, marks and controls for a room. */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /** Past this many visible partners, they are clustered (leads stay single marks). */
  @property({ type: Number, attribute: 'cluster-threshold' }) clusterThreshold = 300;

  /** The key under which the state lives in the URL hash; unset, the URL is left alone. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
}
