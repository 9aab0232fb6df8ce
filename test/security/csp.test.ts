import { expect } from '@open-wc/testing';
import { frameReport } from './frame.js';

interface Report {
  violations: string[];
  errors: string[];
  partners?: number;
  biocat?: boolean;
  insetMarkets?: number;
  insetSheet?: boolean;
  insetStyled?: boolean;
  details?: boolean;
  searchHits?: number;
  svg?: number;
  png?: number;
  trustedTypes?: boolean;
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('renders, works and records no violation', async function () {
    this.timeout(30000);
    const r = await frameReport<Report>('/test/security/csp-page.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.violations).to.deep.equal([]);
    expect(r.trustedTypes).to.equal(true);
    // Every partner drawn at the first view, alone or in a group mark; the group holding Biocat opens.
    expect(r.partners).to.equal(25);
    expect(r.biocat).to.equal(true);
    // The reach inset's chunk loads from the same origin and its constructed sheet applies, with no violation.
    expect(r.insetMarkets).to.be.greaterThan(0);
    expect(r.insetSheet).to.equal(true);
    expect(r.insetStyled).to.equal(true);
    expect(r.details).to.equal(true);
    // "bar": Biocat and VHIO, and the ONCO Emergence Forum, all in Barcelona.
    expect(r.searchHits).to.equal(3);
    expect(r.svg).to.be.greaterThan(10000);
    expect(r.png).to.be.greaterThan(10000);
  });

  it('the policy is really enforced on that page: a string assigned to innerHTML is refused', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/security/csp-page.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument as Document;
    const seen = new Promise<string>((resolve) => doc.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const probe = doc.createElement('div');
    doc.body.append(probe);
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    expect(await seen).to.equal('require-trusted-types-for');
    frame.remove();
  });
});
