import assert from 'node:assert/strict';
import { DraftSessions } from '../../../src/core/drafts';
import { ALWAYS_WHOLE_CHARS, breakBefore, CHECKED_PARTLY, FIRST_GUESS_MS_PER_CHAR, partEnd, partialNotes, wordsBefore } from '../../../src/core/lint-budget';
import { settingsFromValues } from '../../../src/core/settings';
import { defineRule } from '../../../src/engine/rule';
import { allRules } from '../../../src/rules';

const PARAGRAPH = '"We will recieve the report on Monday," said Dana Okafor, the harbour master.\n\n';
const draftOf = (chars: number) => PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length)).slice(0, chars);

describe('lint budget: where a draft too long for it is cut', () => {
  it('checks a draft whole when it fits the budget at its speed, or is short', () => {
    assert.equal(partEnd(draftOf(200_000), 0.001, 300), undefined);
    assert.equal(partEnd(draftOf(ALWAYS_WHOLE_CHARS), 1, 1), undefined);
  });

  it('cuts a long draft at the paragraph break before what the budget allows', () => {
    const text = draftOf(500_000);
    const end = partEnd(text, 0.004, 300)!;
    // 80% of 300 ms at 0.004 ms a character is 60,000 characters.
    assert.ok(end <= 60_000 && end > 50_000, String(end));
    assert.equal(text.slice(end - 2, end), '\n\n');
  });

  it('never cuts below the size always checked whole', () => {
    assert.ok(partEnd(draftOf(500_000), 1, 50)! > ALWAYS_WHOLE_CHARS / 2);
  });

  it('falls back to a line break, then a space, and never splits a surrogate pair', () => {
    assert.equal(breakBefore('aaaa bbbb\ncccc dddd', 17), 10);
    assert.equal(breakBefore('aaaa bbbb cccc dddd', 17), 15);
    assert.equal(breakBefore(`${'a'.repeat(9)}\u{1d49c}b`, 10), 9);
    assert.equal(breakBefore('a'.repeat(20), 12), 12);
  });

  it('counts the words of the checked part', () => {
    assert.equal(wordsBefore('One two  three\nfour', 14), 3);
    assert.equal(wordsBefore('  ', 2), 0);
  });
});

describe('lint budget: the notes a draft checked in part gets', () => {
  const text = 'First paragraph here.\n\n  Second paragraph starts here and goes on.\nThird line.';
  it('puts an information note on the first words not checked, saying how many were and what to do', () => {
    const notes = partialNotes(text, { checkedTo: 23, words: 3, length: text.length, skippedRules: [], budgetMs: 300 }, 'Do this.');
    assert.equal(notes.length, 1);
    const [note] = notes;
    assert.equal(note.ruleId, CHECKED_PARTLY);
    assert.equal(note.level, 'info');
    assert.equal(text.slice(note.start, note.end), 'Second paragraph starts here and goes on.');
    assert.equal(note.message, 'Copydesk checked only the first 3 words of this draft, up to here, within its time budget (300 ms, the copydesk.lintBudget setting). Nothing from here on was checked. Do this.');
    assert.deepEqual(note.fixes, []);
  });

  it('names the checks the engine skipped, at the start of the draft', () => {
    const notes = partialNotes(text, { checkedTo: text.length, words: 10, length: text.length, skippedRules: ['spelling/unknown-word'], budgetMs: 1000 }, 'Do this.');
    assert.equal(notes.length, 1);
    assert.equal(text.slice(notes[0].start, notes[0].end), 'First paragraph here.');
    assert.match(notes[0].message, /skipped these checks: spelling\/unknown-word\. Do this\.$/);
    assert.match(notes[0].message, /1,000 ms/);
  });
});

describe('lint budget: DraftSessions', () => {
  const options = { languageId: 'markdown', rules: allRules, config: { dialect: 'en-GB' as const } };

  it('checks a long draft linted for the first time only as far as the first guess of its speed allows', () => {
    const text = draftOf(300_000);
    // One cheap rule, warmed up: the engine's own safety net (a second) is then far off, however busy the machine.
    const cheap = { ...options, rules: allRules.filter((r) => r.meta.id === 'spelling/common-misspelling') };
    new DraftSessions().lint('warm-up', text.slice(0, 20_000), cheap);
    const { result, partial } = new DraftSessions().lint('draft', text, cheap, 500);
    assert.ok(partial, 'the lint was not cut');
    // The first guess is fixed, so where it cuts is too: at 80% of 500 ms, 100,000 characters.
    assert.ok(partial.checkedTo <= (500 * 0.8) / FIRST_GUESS_MS_PER_CHAR && partial.checkedTo > 90_000, String(partial.checkedTo));
    assert.deepEqual(partial.skippedRules, []);
    assert.equal(partial.length, text.length);
    assert.equal(partial.words, wordsBefore(text, partial.checkedTo));
    const recieve = (from: number, to: number) => text.slice(from, to).split('recieve').length - 1;
    assert.equal(result.findings.length, recieve(0, partial.checkedTo));
    for (const f of result.findings) assert.ok(f.end <= partial.checkedTo, `${f.ruleId} at ${f.start} is past the part checked`);
    // Without a budget (Check Current Draft): all of it.
    const whole = new DraftSessions().lint('draft', text, cheap);
    assert.equal(whole.partial, undefined);
    assert.equal(whole.result.findings.length, recieve(0, text.length));
  });

  it('checks a draft shorter than the size always checked whole in full, whatever the budget', () => {
    const { partial, result } = new DraftSessions().lint('draft', draftOf(5_000), options, 50);
    assert.equal(partial, undefined);
    assert.equal(result.model.text.length, 5_000);
  });

  it('says which checks the engine skipped when even the part of a long draft ran over', () => {
    const slow = defineRule({
      meta: { id: 'style/slow-test', family: 'style', description: 'test', rationale: 'test', defaultLevel: 'warning', fixable: false },
      check() {
        // Past the engine's safety net (a second, for a 50 ms budget): the rule after it is always skipped.
        const until = Date.now() + 1500;
        while (Date.now() < until) {
          // Busy: the budget is wall time.
        }
      },
    });
    const quick = defineRule({ ...slow, meta: { ...slow.meta, id: 'style/quick-test' }, check: () => undefined });
    const { partial } = new DraftSessions().lint('draft', draftOf(ALWAYS_WHOLE_CHARS + 1000), { rules: [slow, quick] }, 50);
    assert.ok(partial?.skippedRules.includes('style/quick-test'), String(partial?.skippedRules));
  });
});

describe('lint budget: the copydesk.lintBudget setting', () => {
  it('defaults to 300 ms and refuses values out of range with a problem', () => {
    assert.equal(settingsFromValues(() => undefined, 'test').lintBudget, 300);
    assert.equal(settingsFromValues((k) => (k === 'lintBudget' ? 1000 : undefined), 'test').lintBudget, 1000);
    const bad = settingsFromValues((k) => (k === 'lintBudget' ? 5 : undefined), 'test');
    assert.equal(bad.lintBudget, 300);
    assert.ok(bad.problems.some((p) => p.key === 'lintBudget'));
  });
});
