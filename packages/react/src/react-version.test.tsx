import { expect } from '@open-wc/testing';
import { version } from 'react';
import { version as domVersion } from 'react-dom';

declare global {
  interface Window {
    __MI_REACT?: string;
  }
}

describe('React under test', () => {
  it('is the major this run is for (scripts/test.mjs runs the suite with 19 and with 18)', () => {
    expect(version.split('.')[0]).to.equal(window.__MI_REACT);
    expect(domVersion).to.equal(version);
  });
});
