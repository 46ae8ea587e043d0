import * as assert from 'node:assert/strict';
import { countsByFamily, findingsInWords, statusText } from '../../../src/core/status-text';

describe('status bar text', () => {
  const counts = countsByFamily(['quote/unattributed', 'date/relative', 'quote/style', 'spelling/unknown-word', 'quote/unattributed', 'date/invalid'].map((ruleId) => ({ ruleId })));

  it('labels each family so it reads without the tooltip', () => {
    assert.equal(statusText(counts, 'full'), 'Copydesk: 3 quotes · 1 spelling · 2 dates');
    assert.equal(statusText(countsByFamily(['spelling/unknown-word', 'spelling/name-variant', 'style/time-of-day'].map((ruleId) => ({ ruleId }))), 'full'), 'Copydesk: 2 spellings · 1 style');
  });

  it('has a compact form with icons and counts for a narrow window', () => {
    assert.equal(statusText(counts, 'compact'), '$(quote) 3 $(book) 1 $(calendar) 2');
  });

  it('says when a draft has nothing to report', () => {
    const none = countsByFamily([]);
    assert.equal(statusText(none, 'full'), 'Copydesk: no findings');
    assert.equal(statusText(none, 'compact'), '$(check) Copydesk');
    assert.equal(findingsInWords(none), 'no findings');
  });
});
