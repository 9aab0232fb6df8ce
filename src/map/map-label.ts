/**
 * The one-line label (short name and city, or a group's count and breakdown) over a hovered or
 * focused mark: a text node in a div of ours, not a Leaflet tooltip, which is an HTML sink and
 * ~3 KB we do not need. Hidden from assistive technology: the mark's accessible name says more.
 * As WCAG 1.4.13 asks, Escape hides it (focus stays), it covers no other mark where it can help
 * it, and the pointer may move onto it without it going.
 */
export class MapLabel {
  private element: HTMLElement | undefined;
  /** The mark the label is about (the pointer may move between the two). */
  private over: Element | undefined;
  private readonly onKey = (e: KeyboardEvent) => e.key === 'Escape' && this.hide();

  /** Shows `text` with its bottom centre 4 px above (x, y) of `container`. */
  showAt(container: HTMLElement, x: number, y: number, text: string): void {
    let label = this.element;
    if (!label?.isConnected) {
      label = this.element = document.createElement('div');
      label.className = 'pm-label';
      label.setAttribute('aria-hidden', 'true');
      label.addEventListener('mouseleave', (e) => this.leave(e));
      container.append(label);
    }
    label.textContent = text;
    label.style.cssText = `left:${x}px;top:${y - 4}px`;
    label.hidden = false;
    this.over = undefined;
    // Escape anywhere hides it (the pointer may be over the map while focus is elsewhere).
    document.addEventListener('keydown', this.onKey, true);
  }

  /** Shows `text` next to an element inside `container`: above it, else below, right or left of
   *  it, whichever covers none of `others` (the neighbours it is not about), else the fewest. */
  showOver(container: HTMLElement, element: HTMLElement, text: string, others: readonly Element[] = []): void {
    const box = container.getBoundingClientRect();
    const r = element.getBoundingClientRect();
    const x = r.left + r.width / 2 - box.left;
    const y = r.top + r.height / 2 - box.top;
    this.showAt(container, x, r.top - box.top, text);
    const label = this.element as HTMLElement;
    const { width: w, height: h } = label.getBoundingClientRect();
    const [top, bottom, left, right] = [r.top - box.top - h, r.bottom - box.top, r.left - box.left - w, r.right - box.left];
    // Top-left corners, touching the mark (the pointer crosses no gap to reach the label): above,
    // below, right, left, then the corners.
    const places = [
      [x - w / 2, top],
      [x - w / 2, bottom],
      [right, y - h / 2],
      [left, y - h / 2],
      [right, top],
      [left, top],
      [right, bottom],
      [left, bottom],
    ] as const;
    // The marks as seen (their glyphs), not their larger pointer targets.
    const rects = others.map((o) => (o.querySelector('svg') ?? o).getBoundingClientRect());
    const covered = ([px, py]: readonly [number, number]) =>
      rects.filter((o) => o.left - box.left < px + w && o.right - box.left > px && o.top - box.top < py + h && o.bottom - box.top > py).length;
    const [px, py] = places.reduce((a, b) => (covered(b) < covered(a) ? b : a));
    label.style.cssText = `left:${px}px;top:${py}px;transform:none`;
    this.over = element;
  }

  /** The pointer left the mark or the label: the label stays while it went from one to the other. */
  leave(e: MouseEvent): boolean {
    const to = e.relatedTarget as Node | null;
    if (to && (this.element?.contains(to) || this.over?.contains(to))) return false;
    this.hide();
    return true;
  }

  hide(): void {
    if (this.element) this.element.hidden = true;
    document.removeEventListener('keydown', this.onKey, true);
  }

  /** Forgets the element (its map is gone with it). */
  reset(): void {
    this.hide();
    this.element = undefined;
  }
}
