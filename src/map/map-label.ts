/**
 * The one-line label (short name and city, or a group's count and breakdown) over a hovered or
 * focused mark: a text node in a div of ours, not a Leaflet tooltip, which is an HTML sink and
 * ~3 KB we do not need. Hidden from assistive technology: the mark's accessible name says more.
 */
export class MapLabel {
  private element: HTMLElement | undefined;

  /** Shows `text` with its bottom centre 4 px above (x, y) of `container`. */
  showAt(container: HTMLElement, x: number, y: number, text: string): void {
    let label = this.element;
    if (!label?.isConnected) {
      label = this.element = document.createElement('div');
      label.className = 'pm-label';
      label.setAttribute('aria-hidden', 'true');
      container.append(label);
    }
    label.textContent = text;
    label.style.left = `${x}px`;
    label.style.top = `${y - 4}px`;
    label.hidden = false;
  }

  /** Shows `text` over an element inside `container`. */
  showOver(container: HTMLElement, element: HTMLElement, text: string): void {
    const box = container.getBoundingClientRect();
    const r = element.getBoundingClientRect();
    this.showAt(container, r.left + r.width / 2 - box.left, r.top - box.top, text);
  }

  hide(): void {
    if (this.element) this.element.hidden = true;
  }

  /** Forgets the element (its map is gone with it). */
  reset(): void {
    this.element = undefined;
  }
}
