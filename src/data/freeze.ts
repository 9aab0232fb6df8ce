/**
 * Freezes a model and everything in it, once, when it arrives. The model is shared: between the
 * element and whoever reads `partners` or an event's detail, and between every element on the
 * page that shows the bundled data. Frozen, a host script cannot change what this element or a
 * later one shows (`el.partners[0].shortName = 'HACKED'` throws in strict mode, does nothing
 * otherwise), and nothing inside the widget writes to it either (a test would throw).
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    // Frozen already: one of the shared empty lists, or a part seen before.
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}
