/**
 * What every language file (locales/*.ts) must say: every string the widget shows. Data text is
 * shown as given. English is in the start bundle; each other language is a chunk of its own,
 * loaded when a widget asks for it (load.ts). The list of languages is the list of files in
 * locales/ (scripts/prepare.mjs writes it to src/generated/langs.ts).
 */
import type { LayerName, PartnerType, Role } from '../data/types.js';
import { LANGS, type Lang } from '../generated/langs.js';

export { LANGS, type Lang };

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
  /** The legend's arcs when many projects' arcs are merged: one neutral line per area and market. */
  arcsMerged: string;
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
  /** A tour caption's count of countries: "in 7 countries". */
  tourCountries: (n: number) => string;
  /** A tour caption's count of target markets: "8 target markets". */
  tourMarkets: (n: number) => string;
  /** The tour bar's button that opens the current project's full text. */
  tourMore: string;
  download: string;
  downloadSvg: string;
  downloadPng: string;
  /** A 16:9 slide of the view, in a format: "Slide 16:9, 1920×1080 (PNG)". */
  downloadSlide: (format: string) => string;
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
  /** The button after such a list that shows the next ones (a count, formatted). */
  showMore: (n: string) => string;
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
  /** What the map's keys do (its Tab stop's description). */
  mapKeys: string;
  /** The pan buttons: their group's name, and each button's, north, east, south and west. */
  pan: string;
  panDirections: readonly [string, string, string, string];
  /** Names of the button groups: zoom, the tools (full screen, tour, download), the tour bar. */
  zoom: string;
  tools: string;
  tour: string;
  /** A count with the language's digit grouping. */
  count: (n: number) => string;
  /** Beside a country the data did not give, found from the point (issue #14). */
  countryDerived: string;
  /** The Share control: a QR code of the view's link, the link as text and a Copy button. */
  share: string;
  shareTitle: string;
  copyLink: string;
  /** Said once the link is on the clipboard. */
  linkCopied: string;
  /** Connections (issue #15): a project's members; a partner's co-partners ("Works with 24
   *  organisations in 4 projects"); the partners a project shares with another (its name); the
   *  toggle that draws a partner's links to its co-partners. */
  members: string;
  worksWith: (partners: number, projects: number) => string;
  sharesWith: (partners: number, project: string) => string;
  showLinks: string;
  /** While the list view's chunk is on its way, and if it cannot be loaded. */
  listLoading: string;
  listFailed: string;
  /** Said when ▶ was pressed and the tour's chunk could not be fetched. */
  tourFailed: string;
  /** The list view's projects table (its caption: the count, formatted) and its columns (and `members`). */
  projectsTable: (n: string) => string;
  start: string;
  end: string;
  /** The timeline of projects, its year selector ("Active in" [All years | 2018…]) and what the
   *  chosen year shows. */
  timeline: string;
  activeIn: string;
  allYears: string;
  activeInYear: (year: string, projects: string) => string;
  noneActive: (year: string) => string;
  /** Beside a search result in a project the filters hide: choosing it shows that project again. */
  hiddenProject: string;
  /** The list's downloads of what it shows: their group's name, and the spreadsheet's button. */
  downloadData: string;
  dataCsv: string;
  /** The partners table's filters: the role's label, the select's first choice (every value), the group's name. */
  role: string;
  allOption: string;
  partnerFilters: string;
  /** While a large file is checked: "Checking 100,000 entries…" (the count formatted). */
  checkingData: (count: string) => string;
  /** Beside the progress bar while a file is read: "3.4 MB of 12 MB", or "3.4 MB read" when its size is not known. */
  bytesRead: (done: string, total: string | undefined) => string;
  /** A size in megabytes, the number formatted: "3.4 MB" ("3,4 Mo" in French). */
  megabytes: (n: string) => string;
}

/** A language as it arrives: its messages and the bundled data's texts in it (src/data/bundled.ts). */
export interface Locale {
  readonly messages: Messages;
  /** By the index the bundled model gives each translated text; null where it is the English one. */
  readonly texts: readonly (string | null)[];
  /** The bundled data's countries' names in this language, as Intl.DisplayNames gives them. */
  readonly countryNames?: Readonly<Record<string, string>>;
}

/** "ca-ES" → "ca"; anything unsupported → English. */
export function resolveLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'en';
}
