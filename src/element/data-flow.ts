/** The data's way into the element, once per update: where it comes from (the data source), which
 *  projects are offered and shown and whose view it is (the partner view), and what is derived
 *  from them (the model and the map's input). One direction: properties in, model out. */
import { projectColours } from '../graphics/colours.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { DetailsTarget } from '../map/map-input.js';
import type { DataSource } from './data-source.js';
import type { Model } from './model.js';
import type { PartnerViewState } from './partner-view.js';
import type { PartnerMapProperties } from './properties.js';
import type { TilesSetting } from './tiles-setting.js';

export interface DataFlow {
  readonly source: DataSource;
  readonly partnerView: PartnerViewState;
  readonly model: Model;
  readonly tiles: TilesSetting;
}

/** Takes the element's public properties as they are now; `changed` names those that changed. */
export function flowData(
  el: PartnerMapProperties,
  { source, partnerView, model, tiles }: DataFlow,
  changed: (key: string) => boolean,
  lang: Lang,
  msg: Messages,
  onSelect: (target: DetailsTarget, origin: HTMLElement | null) => void,
): void {
  // A partner's view shows that partner's projects only: no grouping is guessed ahead for it.
  const group = el.partner || !el.layers.includes('consortia') ? undefined : { projects: el.projects, threshold: el.clusterThreshold };
  source.update({ data: el.data, src: el.src, srcTimeout: el.srcTimeout, srcMaxBytes: el.srcMaxBytes, lang, group }, changed('data') || changed('src'));
  if (changed('tiles')) tiles.set(el.tiles);
  const parsed = source.parsed;
  const view = partnerView.update(parsed?.data ?? { projects: [], partners: [], events: [] }, el.projects, el.partner, !!parsed && !source.loading);
  const settings = {
    projects: view.shown,
    emphasis: view.partner?.id,
    layers: el.layers,
    tiles: tiles.url,
    tilesCrossOrigin: el.tilesCrossOrigin,
    clusterThreshold: el.clusterThreshold,
    lang,
    msg,
  };
  model.update(parsed, { ...settings, onSelect, colour: projectColours(el) }, changed);
}
