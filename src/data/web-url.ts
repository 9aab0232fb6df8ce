// Apart from the validator (fields.ts), so the details panel, which loads at start, can check a
// link without taking the validator along (that is a chunk loaded only for `data` and `src`).

/** Only http(s) links are ever rendered: javascript:, data: and friends are refused. */
export function isWebUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
