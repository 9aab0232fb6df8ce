/**
 * The Share panel's content (a chunk of its own, fetched the first time it opens): the view's link
 * as a QR code the audience can scan, and as text with a Copy button. The code is drawn as one SVG
 * path from uqr's modules, dark on a white quiet zone in every theme (a phone's camera needs it).
 */
import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';
import type { Messages } from '../i18n/messages.js';

/** The QR code's modules as one path: a 1×1 square per dark module. */
export function qrPath(text: string): { readonly size: number; readonly d: string } {
  // Medium error correction: a code on a projector is read from far, at an angle.
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return { size, d };
}

export function shareTemplate(link: string, msg: Messages, onCopy: () => void): TemplateResult {
  const { size, d } = qrPath(link);
  return html`<p class="share-title">${msg.shareTitle}</p>
    <svg class="qr" viewBox=${`0 0 ${size} ${size}`} role="img" aria-label=${link} shape-rendering="crispEdges">
      ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
    </svg>
    <input class="share-link" readonly .value=${link} aria-label=${msg.share} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
    <button type="button" class="copy-link" @click=${onCopy}>${msg.copyLink}</button>`;
}
