import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable } from './table.js';

describe('formatTable', () => {
  const columns = [
    { header: 'TITLE', value: (r: { t: string; p: string }) => r.t, maxWidth: 12 },
    { header: 'PAY', value: (r: { t: string; p: string }) => r.p, align: 'right' as const },
  ];

  it('pads columns to their widest cell, right-aligns figures and trims line ends', () => {
    const out = formatTable([{ t: 'Copy edit', p: '$20/hr' }, { t: 'Survey', p: '$180 fixed' }], columns);
    assert.equal(out, ['TITLE             PAY', 'Copy edit      $20/hr', 'Survey     $180 fixed'].join('\n'));
  });

  it('cuts long cells with an ellipsis and counts "–" as one column', () => {
    const out = formatTable([{ t: 'Write tests for our bank importers', p: '$28–30/hr' }], columns);
    assert.equal(out, ['TITLE               PAY', 'Write tests…  $28–30/hr'].join('\n'));
  });

  it('keeps a line break inside a value from breaking the table', () => {
    assert.equal(formatTable([{ t: 'two\nlines', p: '1' }], columns), 'TITLE      PAY\ntwo lines    1');
  });
});
