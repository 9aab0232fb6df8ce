import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The whole widget in full screen: entering and leaving changes the map's box, so the view is
 * fitted again to the new box once it has its size (`refit`).
 */
export class FullscreenController implements ReactiveController {
  readonly #onChange = () => {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => requestAnimationFrame(this.refit));
  };

  constructor(
    private readonly host: ReactiveElement,
    private readonly refit: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the widget is the page's full-screen element now. */
  get active(): boolean {
    return document.fullscreenElement === this.host;
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onChange);
  }

  async toggle(): Promise<void> {
    try {
      if (this.active) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch (error) {
      // Refused (a frame without allowfullscreen, no user gesture): the page stays as it was.
      console.warn('partner-map: full screen was refused', error);
    }
  }
}
