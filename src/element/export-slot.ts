import type { ExportFormat, ExportState } from './export.js';

/**
 * Where the exports plug in: `exportSVG()`, `exportPNG()` and the ⤓ menu's files come from a chunk
 * of their own (`partner-map-export.js`), fetched the first time one is asked for. The state is
 * read when asked, before that fetch: what is exported is the map as it was then.
 */
export class ExportSlot {
  constructor(private readonly state: () => ExportState) {}

  async svg(slide: boolean): Promise<string> {
    const state = this.state();
    return (await import('./export.js')).exportSvgOf(state, slide);
  }

  async png(scale: number, slide: boolean): Promise<Blob> {
    const state = this.state();
    return (await import('./export.js')).exportPngOf(state, scale, slide);
  }

  /** The ⤓ menu's choice, saved as a file. Never rejects (a click has no one to catch it). */
  async download(format: ExportFormat): Promise<void> {
    const state = this.state();
    try {
      await (await import('./export.js')).download(state, format);
    } catch (error) {
      console.error('<partner-map> the export did not load:', error);
    }
  }
}
