// Entry of the classic-script build: registers <partner-map> and exports nothing, so the IIFE
// writes no global at all.
import { PartnerMap } from './partner-map.js';

if (!customElements.get('partner-map')) customElements.define('partner-map', PartnerMap);
