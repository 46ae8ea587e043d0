import * as assert from 'node:assert/strict';
import { checksNow, type CheckTrigger } from '../../../src/core/run-policy';

describe('copydesk.run: which triggers check a draft', () => {
  const triggers: CheckTrigger[] = ['open', 'save', 'autoSave', 'typing', 'refresh', 'command'];

  it('checks on every trigger when run is "onType"', () => {
    for (const trigger of triggers) {
      assert.equal(checksNow('onType', trigger, true), true, trigger);
      assert.equal(checksNow('onType', trigger, false), true, trigger);
    }
  });

  it('with "onSave", checks on open, save and commands, never while typing or on an Auto Save after a pause', () => {
    const checked = triggers.filter((trigger) => checksNow('onSave', trigger, true));
    assert.deepEqual(checked, ['open', 'save', 'command']);
  });

  it('with "onSave", a settings, words or names change re-checks only a draft unchanged since its last check', () => {
    assert.equal(checksNow('onSave', 'refresh', false), true);
    assert.equal(checksNow('onSave', 'refresh', true), false);
  });
});
