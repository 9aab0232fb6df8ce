import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang, Messages } from '../i18n/messages.js';
import type { DetailsTarget } from '../map/map-input.js';
import { DEFAULT_SORT, listView, type SortState } from '../ui/list-view.js';
import type { ViewModel } from './view-model.js';

/** The list view's own state (its sort and page), and its template with the element's data. */
export class ListController implements ReactiveController {
  private sort: SortState = DEFAULT_SORT;
  private page = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Opens the details of a partner or country chosen in the list, returning focus to `origin`. */
    private readonly select: (target: DetailsTarget, origin: HTMLElement) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to the first page (the rows changed: another filter). */
  firstPage(): void {
    this.page = 0;
  }

  template(vm: ViewModel, lang: Lang, msg: Messages, selectedPartner: string | undefined): TemplateResult {
    return listView({
      selection: vm.selection,
      sort: this.sort,
      looks: vm.looks,
      lang,
      msg,
      selectedPartner,
      page: this.page,
      onSort: (s) => {
        [this.sort, this.page] = [s, 0];
        this.host.requestUpdate();
      },
      onPage: (p) => {
        this.page = p;
        this.host.requestUpdate();
      },
      onPartner: (id, origin) => {
        const partner = vm.partner(id);
        if (partner) this.select({ kind: 'partner', partner }, origin);
      },
      onCountry: (country, origin) => this.select({ kind: 'country', country }, origin),
    });
  }
}
