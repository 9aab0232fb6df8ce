/** The list view's chunk (`partner-map-list.js`): its tables, timeline and styles, fetched the first
 *  time the list is shown. A map-only page never pays for them at start. */
export { DEFAULT_SORT, listView } from './list-view.js';
export { listViewStyles } from './list-view.styles.js';
