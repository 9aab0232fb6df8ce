/**
 * A failed assertion's `actual` and `expected` go from the page to the test runner as they are;
 * a DOM node (`expect(root.querySelector('.x')).to.equal(null)`) took the runner over two minutes
 * to send, then the browser was dropped and the failure's message lost. After each failed test
 * (a hook on the root suite, from every test file that imports this), a node is sent as its tag
 * and class instead; the message chai wrote already shows the node's HTML.
 */
const brief = (value: unknown): unknown =>
  value instanceof Element
    ? `<${value.localName}${value.getAttribute('class') ? ` class="${value.getAttribute('class')}"` : ''}>`
    : value instanceof Node
      ? value.nodeName
      : Array.isArray(value)
        ? value.map(brief)
        : value;

afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  error.actual = brief(error.actual);
  error.expected = brief(error.expected);
});
