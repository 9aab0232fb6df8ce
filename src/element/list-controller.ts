import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptStyles } from './adopt-styles.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { DetailsTarget } from '../map/map-input.js';
import type { SortState } from '../ui/list-view.js';
import type { PartnerFilter } from '../ui/partner-filters.js';
import type { ViewModel } from './view-model.js';

/** The list view comes in a chunk of its own (its tables, timeline and styles), fetched the first
 *  time the list is shown; its styles are adopted into the shadow root when it arrives (a
 *  constructed sheet: no inline <style>, so a strict CSP holds). */
type ListModule = typeof import('../ui/list.js');

let loading: Promise<ListModule> | undefined;

/** The list's module (asked for once per page; a failure is final for the page). */
const loadList = (): Promise<ListModule> => (loading ??= import('../ui/list.js'));

/** The list view's own state (its sort, page and year), and its template with the element's data. */
export class ListController implements ReactiveController {
  /** Undefined: the module's default (the module is not here yet to say it). */
  private sort: SortState | undefined;
  private page = 0;
  /** The year the projects table and timeline are narrowed to, if one is chosen. */
  private year: number | undefined;
  /** The partners table's filters (type, country, role). */
  private filter: PartnerFilter = {};
  private module: ListModule | undefined;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Opens the details of a partner, project or country chosen in the list, returning focus to `origin`. */
    private readonly select: (target: DetailsTarget, origin: HTMLElement) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to the first page (the rows changed: another filter). */
  firstPage(): void {
    this.page = 0;
  }

  private load(): void {
    void loadList().then(
      (m) => {
        this.module = m;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.error('partner-map: the list view did not load', error);
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  template(vm: ViewModel, lang: Lang, msg: Messages, selectedPartner: string | undefined): TemplateResult {
    const list = this.module;
    if (!list) {
      if (!this.failed) this.load();
      return html`<p class="loading list-loading" role=${this.failed ? 'alert' : 'status'}>${this.failed ? msg.listFailed : msg.listLoading}</p>`;
    }
    adoptStyles(this.host, list.listViewStyles);
    const update = (change: () => void) => {
      change();
      this.host.requestUpdate();
    };
    return list.listView({
      selection: vm.selection,
      data: vm.data,
      counts: vm.counts,
      partner: (id) => vm.partner(id),
      sort: (this.sort ??= list.DEFAULT_SORT),
      looks: vm.looks,
      lang,
      msg,
      selectedPartner,
      page: this.page,
      year: this.year,
      onYear: (y) => update(() => (this.year = y)),
      onProject: (project, origin) => this.select({ kind: 'project', project }, origin),
      onSort: (s) => update(() => ([this.sort, this.page] = [s, 0])),
      onPage: (p) => update(() => (this.page = p)),
      onPartner: (id, origin) => {
        const partner = vm.partner(id);
        if (partner) this.select({ kind: 'partner', partner }, origin);
      },
      onCountry: (country, origin) => this.select({ kind: 'country', country }, origin),
      filter: this.filter,
      onFilter: (f) => update(() => ([this.filter, this.page] = [f, 0])),
    });
  }
}
