import * as assert from 'node:assert/strict';
import { DEFAULT_LANGUAGES, DEFAULT_MAX_FILE_SIZE, settingsFromValues } from '../../../src/core/settings';
import { draftConfig, isTooLarge } from '../../../src/core/drafts';
import { DEFAULT_CONFIG, type CopydeskConfig } from '../../../src/engine/config';
import { lintDocument } from '../../../src/engine/lint';
import { unknownWord } from '../../../src/rules/spelling/unknown-word';
import packageJson from '../../../package.json';

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

  describe('copydesk.dialectInQuotes', () => {
    // An American draft quoting a British speaker.
    const text = 'The center said labor favored the plan. "The labour movement is in favour," Smith said.';
    const noFiles = { config: {}, problems: [], files: [] };
    const flagged = (values: Record<string, unknown>, files: Partial<CopydeskConfig> = {}) =>
      lintDocument(text, { config: draftConfig(from(values), { ...noFiles, config: files }), rules: [unknownWord] }).findings.map((f) => text.slice(f.start, f.end));

    it('reaches the lint: the speaker’s spelling by default, the draft’s when set', () => {
      assert.deepEqual(flagged({}), []);
      assert.deepEqual(flagged({ dialectInQuotes: 'speaker' }), []);
      assert.deepEqual(flagged({ dialectInQuotes: 'draft' }), ['labour', 'favour']);
    });

    it('is overridden by a .copydesk.json, and a bad value is named', () => {
      assert.deepEqual(flagged({ dialectInQuotes: 'draft' }, { dialectInQuotes: 'speaker' }), []);
      const settings = from({ dialectInQuotes: 'both' });
      assert.equal(settings.layer.dialectInQuotes, undefined);
      assert.deepEqual(settings.problems.map((p) => p.key), ['copydesk.dialectInQuotes']);
    });

    it('is declared in package.json with the values the engine takes', () => {
      const declared = packageJson.contributes.configuration.properties['copydesk.dialectInQuotes'];
      assert.deepEqual(declared.enum, ['speaker', 'draft']);
      assert.equal(declared.default, DEFAULT_CONFIG.dialectInQuotes);
      assert.equal(declared.enumDescriptions.length, 2);
      assert.ok(declared.description);
    });
  });

  it('measures size in UTF-8 bytes', () => {
    assert.equal(isTooLarge('a'.repeat(1024), 1024), false);
    assert.equal(isTooLarge('é'.repeat(600), 1024), true);
    assert.equal(isTooLarge('é'.repeat(500), 1024), false);
  });
});
