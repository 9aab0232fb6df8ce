import { expect } from '@open-wc/testing';
import { frameReport } from './frame.js';

interface Report {
  errors: string[];
  sameL: boolean;
  version: string;
  hostTiles: number;
  hostText: boolean;
  partners: number;
  details: boolean;
  height: number;
  zoomButton?: DOMRect;
  mark?: DOMRect;
  markSvg?: DOMRect;
  headerPadding: string;
  stagePadding: string;
  boxSizing: string;
}

describe('living on other people’s pages', () => {
  it('works beside the host’s Leaflet 1.7, Bootstrap and aggressive global styles, and leaves them alone', async function () {
    this.timeout(30000);
    const r = await frameReport<Report>('/test/security/coexist-page.html', 1000, 900);
    expect(r.errors).to.deep.equal([]);
    // The host's Leaflet is untouched and its map still works.
    expect(r.sameL).to.equal(true);
    expect(r.version).to.equal('1.7.1');
    expect(r.hostTiles).to.equal(1);
    expect(r.hostText).to.equal(true);
    // Ours works, looks as designed, and no host style reached inside: every partner drawn (alone
    // or in a group mark), and a click on the marks that hold Biocat leads to its name in the details.
    expect(r.partners).to.equal(25);
    expect(r.details).to.equal(true);
    expect(r.height).to.equal(480);
    expect(r.zoomButton?.width).to.equal(32);
    expect(r.zoomButton?.height).to.equal(32);
    expect(r.mark?.width).to.equal(26);
    expect(r.markSvg?.width).to.be.at.most(26);
    expect(r.headerPadding).to.equal('8px');
    expect(r.stagePadding).to.equal('0px');
    expect(r.boxSizing).to.equal('border-box');
  });
});
