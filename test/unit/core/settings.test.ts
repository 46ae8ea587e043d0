import * as assert from 'node:assert/strict';
import { DEFAULT_LANGUAGES, DEFAULT_MAX_FILE_SIZE, settingsFromValues } from '../../../src/core/settings';
import { isTooLarge } from '../../../src/core/drafts';

const from = (values: Record<string, unknown>) => settingsFromValues((key) => values[key], 'client settings');

describe('core: editor settings', () => {
  it('takes defaults for missing settings, with no problems', () => {
    const settings = from({});
    assert.equal(settings.enable, true);
    assert.equal(settings.run, 'onType');
    assert.deepEqual(settings.languages, DEFAULT_LANGUAGES);
    assert.equal(settings.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.deepEqual(settings.problems, []);
  });

  it('turns engine settings into a config layer and names each bad value', () => {
    const settings = from({ dialect: 'en-GB', rules: { 'quote/said-bookism': 'off' }, run: 'sometimes', maxFileSize: -3 });
    assert.equal(settings.layer.dialect, 'en-GB');
    assert.deepEqual(settings.layer.rules, { 'quote/said-bookism': 'off' });
    assert.equal(settings.run, 'onType');
    assert.equal(settings.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.deepEqual(settings.problems.map((p) => p.key), ['run', 'maxFileSize']);
    assert.ok(settings.problems.every((p) => p.source === 'client settings'));
  });

  it('measures size in UTF-8 bytes', () => {
    assert.equal(isTooLarge('a'.repeat(1024), 1024), false);
    assert.equal(isTooLarge('é'.repeat(600), 1024), true);
    assert.equal(isTooLarge('é'.repeat(500), 1024), false);
  });
});
