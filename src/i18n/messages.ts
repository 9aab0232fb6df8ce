/** Every string the widget shows, in English, Catalan and Spanish. Data text is shown as given. */
import type { LayerName, PartnerType, Role } from '../data/types.js';
import { formatCount } from './format.js';

export const LANGS = ['en', 'ca', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface Messages {
  title: string;
  /** The title of a partner's view (`partner="…"`): the organisation's short name, as in the data. */
  partnerTitle: (name: string) => string;
  mapLabel: string;
  mapRole: string;
  summary: (projects: number, partners: number, countries: number, markets: number) => string;
  /** The summary when a layer is off: without target markets (Reach off), without partners
   *  (Consortia off), or with neither. */
  summaryPartners: (projects: number, partners: number, countries: number) => string;
  summaryMarkets: (projects: number, markets: number) => string;
  summaryProjects: (projects: number) => string;
  /** Ids named by the embed or a method call that the data does not have (`kind` is `kinds.project`
   *  or `kinds.partner`), and the ids the data has. */
  unknownIds: (kind: string, ids: readonly string[], known: readonly string[]) => string;
  legend: string;
  partners: (n: number) => string;
  leadMark: string;
  memberMark: string;
  multiMark: string;
  consortiumLink: string;
  reachedBy: (n: number) => string;
  arc: string;
  event: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  close: string;
  programme: string;
  dates: string;
  datesUnknown: string;
  lead: string;
  targetMarkets: string;
  funding: string;
  website: string;
  notes: string;
  participants: string;
  atLeast: (n: string) => string;
  organisers: string;
  targetedBy: string;
  partnersHere: string;
  noPartnersHere: string;
  consortium: string;
  dataProblems: (n: number) => string;
  moreProblems: (n: number) => string;
  basemap: string;
  filters: string;
  loading: string;
  fullscreen: string;
  exitFullscreen: string;
  playTour: string;
  pauseTour: string;
  nextStep: string;
  previousStep: string;
  stopTour: string;
  tourSteps: Record<'consortium' | 'reach', string>;
  tourStatus: (project: string, step: string, at: number, of: number) => string;
  download: string;
  downloadSvg: string;
  downloadPng: string;
  /** Said when a download starts. */
  downloading: string;
  detailsOpened: (kind: string, name: string) => string;
  detailsClosed: string;
  viewChanged: (view: string) => string;
  projectsFilter: string;
  layersFilter: string;
  layerNames: Record<LayerName, string>;
  noProjects: string;
  search: string;
  searchPlaceholder: string;
  searchResults: (n: number) => string;
  noResults: string;
  view: string;
  mapView: string;
  listView: string;
  partnersTable: (n: number) => string;
  marketsTable: (n: number) => string;
  /** The partners table's pager: its group name, its buttons and where the page is (numbers formatted). */
  partnerPages: string;
  previousPage: string;
  nextPage: string;
  pageStatus: (first: string, last: string, total: string) => string;
  /** After the partners a country's details list: how many more the list view has (formatted). */
  morePartnersHere: (n: string) => string;
  /** After the first items of a long list in a panel (a lead's 10,000 projects): how many are not listed (formatted). */
  moreItems: (n: string) => string;
  name: string;
  type: string;
  city: string;
  country: string;
  projectsRoles: string;
  programmes: string;
  sortBy: (column: string) => string;
  kinds: Record<'partner' | 'project' | 'country' | 'event' | 'group', string>;
  showProject: string;
  vouchersChart: (total: string) => string;
  roles: Record<Role, string>;
  types: Record<PartnerType, string>;
  voucherKinds: Record<string, string>;
  /** Large networks, clustered: a group's short name, its accessible name (with its breakdown by
   *  project and what Enter does), its details' heading and the legend's key. */
  groupTip: (n: string) => string;
  groupLabel: (n: string, parts: string, opens: boolean) => string;
  groupHere: (n: string) => string;
  /** A group mark of marks that would overlap: its place, who is in it, and what Enter does. */
  groupMarkLabel: (place: string, names: readonly string[], opens: boolean) => string;
  groupMark: string;
  clusterFailed: string;
  /** The `tiles` template was refused; the reason follows, in English. */
  tilesRefused: string;
  /** The reach inset: its accessible name (the markets, listed) and its one button. */
  insetLabel: (markets: string) => string;
  showWorld: string;
  /** A count with the language's digit grouping. */
  count: (n: number) => string;
}

/** Intl objects are slow to make (the first one loads locale data, ~20 ms at start), so the
 *  plural is the rule English, Catalan and Spanish share for whole numbers (one is 1, the rest
 *  take the plural), and digit grouping goes through Intl only for numbers that need it. */
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** A count with the language's digit grouping (100,000 · 100.000). */
const num = (lang: Lang, n: number) => (Math.abs(n) < 1000 ? String(n) : formatCount(lang, n));

const en: Messages = {
  title: 'International collaborations',
  partnerTitle: (name) => `${name}’s international collaborations`,
  mapLabel: 'Map of international collaborations',
  mapRole: 'map',
  summary: (p, n, c, m) =>
    `Map of ${num('en', p)} ${plural(p, 'project', 'projects')}: ${num('en', n)} ${plural(n, 'partner', 'partners')} in ${num('en', c)} ${plural(c, 'country', 'countries')}; ${num('en', m)} target ${plural(m, 'market', 'markets')}`,
  summaryPartners: (p, n, c) =>
    `Map of ${num('en', p)} ${plural(p, 'project', 'projects')}: ${num('en', n)} ${plural(n, 'partner', 'partners')} in ${num('en', c)} ${plural(c, 'country', 'countries')}`,
  summaryMarkets: (p, m) => `Map of ${num('en', p)} ${plural(p, 'project', 'projects')}: ${num('en', m)} target ${plural(m, 'market', 'markets')}`,
  summaryProjects: (p) => `Map of ${num('en', p)} ${plural(p, 'project', 'projects')}`,
  unknownIds: (kind, ids, known) => `${kind} “${ids.join('”, “')}”: not in the data. The ids there are: ${known.join(', ')}.`,
  legend: 'Legend',
  partners: (n) => `${n} ${plural(n, 'partner', 'partners')}`,
  leadMark: 'Lead partner',
  memberMark: 'Partner (in its project’s shape)',
  multiMark: 'In several projects: a segment each',
  consortiumLink: 'Link to the lead partner',
  reachedBy: (n) => `Target market of ${n} ${plural(n, 'programme', 'programmes')}`,
  arc: 'Reach from the consortium (dashes by project)',
  event: 'Event',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show everything',
  close: 'Close',
  programme: 'Programme',
  dates: 'Dates',
  datesUnknown: 'not known',
  lead: 'Lead',
  targetMarkets: 'Target markets',
  funding: 'Funding',
  website: 'Website',
  notes: 'Notes',
  participants: 'Participants',
  atLeast: (n) => `more than ${n}`,
  organisers: 'Organised by',
  targetedBy: 'Target market of',
  partnersHere: 'Partners here',
  noPartnersHere: 'No partner is based here.',
  consortium: 'Consortium',
  dataProblems: (n) => `${n} ${plural(n, 'problem', 'problems')} in the data; the rest is shown.`,
  moreProblems: (n) => `…and ${n} more (all are in the data-error event).`,
  basemap: 'Basemap: Natural Earth',
  filters: 'Filters',
  loading: 'Loading data…',
  fullscreen: 'Full screen',
  exitFullscreen: 'Leave full screen',
  playTour: 'Play the tour',
  pauseTour: 'Pause the tour',
  nextStep: 'Next step',
  previousStep: 'Previous step',
  stopTour: 'Stop the tour',
  tourSteps: { consortium: 'consortium', reach: 'reach' },
  tourStatus: (p, s, at, of) => `${p}: ${s} (${at} of ${of})`,
  download: 'Download image',
  downloadSvg: 'SVG (vector)',
  downloadPng: 'PNG (2×, for slides)',
  downloading: 'Downloading the image',
  detailsOpened: (kind, name) => `${kind} ${name}: details open. Escape closes them.`,
  detailsClosed: 'Details closed.',
  viewChanged: (view) => `${view} view.`,
  projectsFilter: 'Projects',
  layersFilter: 'Layers',
  layerNames: { consortia: 'Consortia', reach: 'Reach', events: 'Events' },
  noProjects: 'No project selected: choose one above.',
  search: 'Search partners',
  searchPlaceholder: 'Search partners or cities…',
  searchResults: (n) => `${n} ${plural(n, 'result', 'results')}`,
  noResults: 'No partner matches.',
  view: 'View',
  mapView: 'Map',
  listView: 'List',
  partnersTable: (n) => `Partners (${new Intl.NumberFormat('en').format(n)})`,
  marketsTable: (n) => `Target markets (${n})`,
  partnerPages: 'Pages of the partners table',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageStatus: (first, last, total) => `Partners ${first}–${last} of ${total}`,
  morePartnersHere: (n) => `…and ${n} more — see the list view.`,
  moreItems: (n) => `…and ${n} more`,
  name: 'Name',
  type: 'Type',
  city: 'City',
  country: 'Country',
  projectsRoles: 'Projects and roles',
  programmes: 'Programmes',
  sortBy: (c) => `Sort by ${c}`,
  kinds: { partner: 'Partner', project: 'Project', country: 'Country', event: 'Event', group: 'Group' },
  showProject: 'Show on the map',
  vouchersChart: (t) => `Vouchers by kind (${t} in all)`,
  roles: { lead: 'lead partner', partner: 'partner', beneficiary: 'beneficiary', associate: 'associated beneficiary' },
  types: {
    cluster: 'cluster organisation',
    agency: 'development agency',
    university: 'university',
    research: 'research centre',
    hospital: 'hospital',
    authority: 'public authority',
    park: 'science park',
    'business-support': 'business support',
  },
  voucherKinds: { travel: 'Travel', 'market-validation': 'Market validation', 'product-validation': 'Product validation', impact: 'Impact' },
  groupTip: (n) => `Group of ${n} partners`,
  groupLabel: (n, parts, opens) =>
    `Group of ${n} partners${parts ? `: ${parts}` : ''}. ${opens ? 'Enter zooms in to it.' : 'They share one place; Enter lists them.'}`,
  groupHere: (n) => `${n} partners in one place`,
  groupMarkLabel: (place, names, opens) =>
    `${place} · ${names.length}: ${names.join(', ')}. ${opens ? 'Enter zooms in to them.' : 'They share one place; Enter lists them.'}`,
  groupMark: 'Group of partners: its count, and a ring with each project’s share',
  clusterFailed: 'The part that groups large networks could not be loaded: only lead partners and events are shown.',
  tilesRefused: 'The map tiles were not used:',
  insetLabel: (m) => `Target markets, worldwide: ${m}`,
  showWorld: 'Show the whole world',
  count: (n) => num('en', n),
};

const ca: Messages = {
  title: 'Col·laboracions internacionals',
  partnerTitle: (name) => `Col·laboracions internacionals de ${name}`,
  mapLabel: 'Mapa de col·laboracions internacionals',
  mapRole: 'mapa',
  summary: (p, n, c, m) =>
    `Mapa de ${num('ca', p)} ${plural(p, 'projecte', 'projectes')}: ${num('ca', n)} ${plural(n, 'soci', 'socis')} a ${num('ca', c)} ${plural(c, 'país', 'països')}; ${num('ca', m)} ${plural(m, 'mercat objectiu', 'mercats objectiu')}`,
  summaryPartners: (p, n, c) =>
    `Mapa de ${num('ca', p)} ${plural(p, 'projecte', 'projectes')}: ${num('ca', n)} ${plural(n, 'soci', 'socis')} a ${num('ca', c)} ${plural(c, 'país', 'països')}`,
  summaryMarkets: (p, m) =>
    `Mapa de ${num('ca', p)} ${plural(p, 'projecte', 'projectes')}: ${num('ca', m)} ${plural(m, 'mercat objectiu', 'mercats objectiu')}`,
  summaryProjects: (p) => `Mapa de ${num('ca', p)} ${plural(p, 'projecte', 'projectes')}`,
  unknownIds: (kind, ids, known) => `${kind} «${ids.join('», «')}»: no és a les dades. Els identificadors que hi ha són: ${known.join(', ')}.`,
  legend: 'Llegenda',
  partners: (n) => `${n} ${plural(n, 'soci', 'socis')}`,
  leadMark: 'Soci líder',
  memberMark: 'Soci (forma del seu projecte)',
  multiMark: 'En diversos projectes: un sector per projecte',
  consortiumLink: 'Enllaç amb el soci líder',
  reachedBy: (n) => `Mercat objectiu de ${n} ${plural(n, 'programa', 'programes')}`,
  arc: 'Abast des del consorci (traç per projecte)',
  event: 'Esdeveniment',
  zoomIn: 'Apropa',
  zoomOut: 'Allunya',
  fitAll: 'Mostra-ho tot',
  close: 'Tanca',
  programme: 'Programa',
  dates: 'Dates',
  datesUnknown: 'no se sap',
  lead: 'Líder',
  targetMarkets: 'Mercats objectiu',
  funding: 'Finançament',
  website: 'Web',
  notes: 'Notes',
  participants: 'Participants',
  atLeast: (n) => `més de ${n}`,
  organisers: 'Organitzat per',
  targetedBy: 'Mercat objectiu de',
  partnersHere: 'Socis aquí',
  noPartnersHere: 'Cap soci no té la seu aquí.',
  consortium: 'Consorci',
  dataProblems: (n) => `${n} ${plural(n, 'problema', 'problemes')} a les dades; es mostra la resta.`,
  moreProblems: (n) => `…i ${n} més (tots són a l'esdeveniment data-error).`,
  basemap: 'Mapa base: Natural Earth',
  filters: 'Filtres',
  loading: 'Carregant les dades…',
  fullscreen: 'Pantalla completa',
  exitFullscreen: 'Surt de la pantalla completa',
  playTour: 'Reprodueix el recorregut',
  pauseTour: 'Posa en pausa el recorregut',
  nextStep: 'Pas següent',
  previousStep: 'Pas anterior',
  stopTour: 'Atura el recorregut',
  tourSteps: { consortium: 'consorci', reach: 'abast' },
  tourStatus: (p, s, at, of) => `${p}: ${s} (${at} de ${of})`,
  download: 'Baixa la imatge',
  downloadSvg: 'SVG (vectorial)',
  downloadPng: 'PNG (2×, per a diapositives)',
  downloading: 'Es baixa la imatge',
  detailsOpened: (kind, name) => `${kind} ${name}: detalls oberts; la tecla Esc els tanca.`,
  detailsClosed: 'Detalls tancats.',
  viewChanged: (view) => `Vista de ${view.toLowerCase()}.`,
  projectsFilter: 'Projectes',
  layersFilter: 'Capes',
  layerNames: { consortia: 'Consorcis', reach: 'Abast', events: 'Esdeveniments' },
  noProjects: 'Cap projecte seleccionat: trieu-ne un a dalt.',
  search: 'Cerca socis',
  searchPlaceholder: 'Cerca socis o ciutats…',
  searchResults: (n) => `${n} ${plural(n, 'resultat', 'resultats')}`,
  noResults: 'Cap soci no coincideix.',
  view: 'Vista',
  mapView: 'Mapa',
  listView: 'Llista',
  partnersTable: (n) => `Socis (${new Intl.NumberFormat('ca').format(n)})`,
  marketsTable: (n) => `Mercats objectiu (${n})`,
  partnerPages: 'Pàgines de la taula de socis',
  previousPage: 'Anterior',
  nextPage: 'Següent',
  pageStatus: (first, last, total) => `Socis ${first}–${last} de ${total}`,
  morePartnersHere: (n) => `…i ${n} més: els trobareu a la vista de llista.`,
  moreItems: (n) => `…i ${n} més`,
  name: 'Nom',
  type: 'Tipus',
  city: 'Ciutat',
  country: 'País',
  projectsRoles: 'Projectes i rols',
  programmes: 'Programes',
  sortBy: (c) => `Ordena per ${c.toLowerCase()}`,
  kinds: { partner: 'Soci', project: 'Projecte', country: 'País', event: 'Esdeveniment', group: 'Grup' },
  showProject: 'Mostra al mapa',
  vouchersChart: (t) => `Vals per tipus (${t} en total)`,
  roles: { lead: 'soci líder', partner: 'soci', beneficiary: 'beneficiari', associate: 'beneficiari associat' },
  types: {
    cluster: 'organització clúster',
    agency: 'agència de desenvolupament',
    university: 'universitat',
    research: 'centre de recerca',
    hospital: 'hospital',
    authority: 'administració pública',
    park: 'parc científic',
    'business-support': 'suport empresarial',
  },
  voucherKinds: { travel: 'Viatge', 'market-validation': 'Validació de mercat', 'product-validation': 'Validació de producte', impact: 'Impacte' },
  groupTip: (n) => `Grup de ${n} socis`,
  groupLabel: (n, parts, opens) =>
    `Grup de ${n} socis${parts ? `: ${parts}` : ''}. ${opens ? 'Retorn hi apropa el mapa.' : 'Comparteixen un mateix lloc; Retorn els llista.'}`,
  groupHere: (n) => `${n} socis en un mateix lloc`,
  groupMarkLabel: (place, names, opens) =>
    `${place} · ${names.length}: ${names.join(', ')}. ${opens ? 'Retorn hi apropa el mapa.' : 'Comparteixen un mateix lloc; Retorn els llista.'}`,
  groupMark: 'Grup de socis: el nombre, i un anell amb la part de cada projecte',
  clusterFailed: 'No s’ha pogut carregar la part que agrupa les xarxes grans: només es mostren els socis líders i els esdeveniments.',
  tilesRefused: 'No s’han fet servir les tessel·les del mapa:',
  insetLabel: (m) => `Mercats objectiu al món: ${m}`,
  showWorld: 'Mostra tot el món',
  count: (n) => num('ca', n),
};

const es: Messages = {
  title: 'Colaboraciones internacionales',
  partnerTitle: (name) => `Colaboraciones internacionales de ${name}`,
  mapLabel: 'Mapa de colaboraciones internacionales',
  mapRole: 'mapa',
  summary: (p, n, c, m) =>
    `Mapa de ${num('es', p)} ${plural(p, 'proyecto', 'proyectos')}: ${num('es', n)} ${plural(n, 'socio', 'socios')} en ${num('es', c)} ${plural(c, 'país', 'países')}; ${num('es', m)} ${plural(m, 'mercado objetivo', 'mercados objetivo')}`,
  summaryPartners: (p, n, c) =>
    `Mapa de ${num('es', p)} ${plural(p, 'proyecto', 'proyectos')}: ${num('es', n)} ${plural(n, 'socio', 'socios')} en ${num('es', c)} ${plural(c, 'país', 'países')}`,
  summaryMarkets: (p, m) =>
    `Mapa de ${num('es', p)} ${plural(p, 'proyecto', 'proyectos')}: ${num('es', m)} ${plural(m, 'mercado objetivo', 'mercados objetivo')}`,
  summaryProjects: (p) => `Mapa de ${num('es', p)} ${plural(p, 'proyecto', 'proyectos')}`,
  unknownIds: (kind, ids, known) => `${kind} «${ids.join('», «')}»: no está en los datos. Los identificadores que hay son: ${known.join(', ')}.`,
  legend: 'Leyenda',
  partners: (n) => `${n} ${plural(n, 'socio', 'socios')}`,
  leadMark: 'Socio líder',
  memberMark: 'Socio (forma de su proyecto)',
  multiMark: 'En varios proyectos: un sector por proyecto',
  consortiumLink: 'Enlace con el socio líder',
  reachedBy: (n) => `Mercado objetivo de ${n} ${plural(n, 'programa', 'programas')}`,
  arc: 'Alcance desde el consorcio (trazo por proyecto)',
  event: 'Evento',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Mostrarlo todo',
  close: 'Cerrar',
  programme: 'Programa',
  dates: 'Fechas',
  datesUnknown: 'no se conocen',
  lead: 'Líder',
  targetMarkets: 'Mercados objetivo',
  funding: 'Financiación',
  website: 'Web',
  notes: 'Notas',
  participants: 'Participantes',
  atLeast: (n) => `más de ${n}`,
  organisers: 'Organizado por',
  targetedBy: 'Mercado objetivo de',
  partnersHere: 'Socios aquí',
  noPartnersHere: 'Ningún socio tiene su sede aquí.',
  consortium: 'Consorcio',
  dataProblems: (n) => `${n} ${plural(n, 'problema', 'problemas')} en los datos; se muestra el resto.`,
  moreProblems: (n) => `…y ${n} más (todos están en el evento data-error).`,
  basemap: 'Mapa base: Natural Earth',
  filters: 'Filtros',
  loading: 'Cargando los datos…',
  fullscreen: 'Pantalla completa',
  exitFullscreen: 'Salir de la pantalla completa',
  playTour: 'Reproducir el recorrido',
  pauseTour: 'Pausar el recorrido',
  nextStep: 'Paso siguiente',
  previousStep: 'Paso anterior',
  stopTour: 'Detener el recorrido',
  tourSteps: { consortium: 'consorcio', reach: 'alcance' },
  tourStatus: (p, s, at, of) => `${p}: ${s} (${at} de ${of})`,
  download: 'Descargar la imagen',
  downloadSvg: 'SVG (vectorial)',
  downloadPng: 'PNG (2×, para diapositivas)',
  downloading: 'Se descarga la imagen',
  detailsOpened: (kind, name) => `${kind} ${name}: detalles abiertos; la tecla Esc los cierra.`,
  detailsClosed: 'Detalles cerrados.',
  viewChanged: (view) => `Vista de ${view.toLowerCase()}.`,
  projectsFilter: 'Proyectos',
  layersFilter: 'Capas',
  layerNames: { consortia: 'Consorcios', reach: 'Alcance', events: 'Eventos' },
  noProjects: 'Ningún proyecto seleccionado: elija uno arriba.',
  search: 'Buscar socios',
  searchPlaceholder: 'Buscar socios o ciudades…',
  searchResults: (n) => `${n} ${plural(n, 'resultado', 'resultados')}`,
  noResults: 'Ningún socio coincide.',
  view: 'Vista',
  mapView: 'Mapa',
  listView: 'Lista',
  partnersTable: (n) => `Socios (${new Intl.NumberFormat('es').format(n)})`,
  marketsTable: (n) => `Mercados objetivo (${n})`,
  partnerPages: 'Páginas de la tabla de socios',
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
  pageStatus: (first, last, total) => `Socios ${first}–${last} de ${total}`,
  morePartnersHere: (n) => `…y ${n} más: los encontrará en la vista de lista.`,
  moreItems: (n) => `…y ${n} más`,
  name: 'Nombre',
  type: 'Tipo',
  city: 'Ciudad',
  country: 'País',
  projectsRoles: 'Proyectos y roles',
  programmes: 'Programas',
  sortBy: (c) => `Ordenar por ${c.toLowerCase()}`,
  kinds: { partner: 'Socio', project: 'Proyecto', country: 'País', event: 'Evento', group: 'Grupo' },
  showProject: 'Mostrar en el mapa',
  vouchersChart: (t) => `Bonos por tipo (${t} en total)`,
  roles: { lead: 'socio líder', partner: 'socio', beneficiary: 'beneficiario', associate: 'beneficiario asociado' },
  types: {
    cluster: 'organización clúster',
    agency: 'agencia de desarrollo',
    university: 'universidad',
    research: 'centro de investigación',
    hospital: 'hospital',
    authority: 'administración pública',
    park: 'parque científico',
    'business-support': 'apoyo empresarial',
  },
  voucherKinds: { travel: 'Viaje', 'market-validation': 'Validación de mercado', 'product-validation': 'Validación de producto', impact: 'Impacto' },
  groupTip: (n) => `Grupo de ${n} socios`,
  groupLabel: (n, parts, opens) =>
    `Grupo de ${n} socios${parts ? `: ${parts}` : ''}. ${opens ? 'Intro acerca el mapa.' : 'Comparten un mismo lugar; Intro los lista.'}`,
  groupHere: (n) => `${n} socios en un mismo lugar`,
  groupMarkLabel: (place, names, opens) =>
    `${place} · ${names.length}: ${names.join(', ')}. ${opens ? 'Intro acerca el mapa.' : 'Comparten un mismo lugar; Intro los lista.'}`,
  groupMark: 'Grupo de socios: su número, y un anillo con la parte de cada proyecto',
  clusterFailed: 'No se ha podido cargar la parte que agrupa las redes grandes: solo se muestran los socios líderes y los eventos.',
  tilesRefused: 'No se han usado las teselas del mapa:',
  insetLabel: (m) => `Mercados objetivo en el mundo: ${m}`,
  showWorld: 'Mostrar todo el mundo',
  count: (n) => num('es', n),
};

export const MESSAGES: Record<Lang, Messages> = { en, ca, es };

/** "ca-ES" → "ca"; anything unsupported → English. */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'en';
}
