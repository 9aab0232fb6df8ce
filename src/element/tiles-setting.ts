/**
 * The `tiles` template as the map may use it. The check is a chunk of its own (only pages with
 * `tiles` need it): until the template is found usable the map draws its own basemap, and a
 * refused one is said in the widget (`problem`).
 */
export class TilesSetting {
  /** The template, once checked and usable. */
  url: string | undefined;
  /** Why the template asked for cannot be used. */
  problem: string | undefined;
  #asked: string | undefined;

  constructor(private readonly checked: () => void) {}

  /** Checks a new `tiles` value; `checked` runs when the answer is here (and still wanted). */
  set(asked: string | undefined): void {
    [this.url, this.problem, this.#asked] = [undefined, undefined, asked];
    if (!asked) return;
    void import('../map/tile-template.js').then(({ checkedTiles }) => {
      if (this.#asked !== asked) return;
      ({ url: this.url, problem: this.problem } = checkedTiles(asked));
      this.checked();
    });
  }
}
