import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintDocument } from '../../../src/engine/lint';
import { WorkspaceNames } from '../../../src/engine/workspace-names';
import { allRules } from '../../../src/rules';
import { namesToVerifyIn, reviewReportOf } from '../../../src/core/draft-review';
import { quotationViews } from '../../../src/core/quotation-views';
import { checkWholeDraft, type WholeDraftMessage, type WholeDraftRequest } from '../../../src/core/whole-draft';
import { WholeDraftChecks, type DraftToCheck } from '../../../src/core/whole-draft-checks';

const WORKER = resolve(__dirname, '../../../dist/check-worker.js');

const DRAFT = [
  'LONDON, Monday, March 5, 2024 — The council said yesterday it would recieve the report from Ellen Hartwel.',
  '',
  '"We will see," said Ellen Hartwell. "The costs are high.',
  '',
  '"Nobody expected it," a source said.',
  '',
].join('\n');

function request(text: string, extra: Partial<WholeDraftRequest> = {}): WholeDraftRequest {
  return { kind: 'draft', text, languageId: 'markdown', filePath: '/desk/story.md', config: {}, ...extra };
}

/** What the editor's own lint of the same text, with no budget, finds. */
const inThread = (r: WholeDraftRequest) =>
  lintDocument(r.text, { filePath: r.filePath, languageId: r.languageId, config: r.config, rules: allRules, workspace: r.names ? WorkspaceNames.from(r.names) : undefined }).findings;

/** Long enough that the worker is still checking when the test acts on it in the same tick. */
const longDraft = () => Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} says the council will recieve the report.`).join('\n\n');

describe('whole-draft check (core of Check Current Draft off the editor thread)', () => {
  it('finds in the worker exactly what the editor finds on its own thread', () => {
    const r = request(DRAFT);
    const messages: WholeDraftMessage[] = [];
    checkWholeDraft(r, (m) => messages.push(m));
    assert.equal(messages.length, 1);
    const [done] = messages;
    assert.equal(done.type, 'draft-checked');
    assert.ok(done.type === 'draft-checked' && done.findings.length >= 2, JSON.stringify(messages));
    assert.deepEqual(done.type === 'draft-checked' && done.findings, inThread(r));
    // The quotations for hover and speaker hints, as the editor's own model gives them.
    const { model } = lintDocument(r.text, { filePath: r.filePath, languageId: r.languageId, config: r.config, rules: allRules });
    assert.deepEqual(done.type === 'draft-checked' && done.quotations, quotationViews(model));
    assert.equal(done.type === 'draft-checked' && done.quotations.length, 3);
  });

  it('writes the review report and the names to verify of all of the draft when asked, as the editor would from its own model', () => {
    const r = request(DRAFT, { extras: { reportName: 'desk/story.md', namesToVerify: true } });
    const messages: WholeDraftMessage[] = [];
    checkWholeDraft(r, (m) => messages.push(m));
    const done = messages[0];
    assert.ok(done.type === 'draft-checked');
    const result = lintDocument(r.text, { filePath: r.filePath, languageId: r.languageId, config: r.config, rules: allRules });
    assert.equal(done.report, reviewReportOf('desk/story.md', result));
    assert.match(done.report ?? '', /^<!-- copydesk-disable -->\n# Copydesk review: desk\/story\.md\n/);
    assert.deepEqual(done.namesToVerify, namesToVerifyIn(result));
    assert.ok(done.namesToVerify!.some((n) => n.name === 'Ellen Hartwell'), JSON.stringify(done.namesToVerify));
    // Not asked for, neither is made.
    const plain: WholeDraftMessage[] = [];
    checkWholeDraft(request(DRAFT), (m) => plain.push(m));
    assert.ok(plain[0].type === 'draft-checked' && !('report' in plain[0]) && !('namesToVerify' in plain[0]));
  });

  it('reads the workspace names from the snapshot the editor sends', () => {
    const names = new WorkspaceNames();
    for (const other of ['/desk/a.md', '/desk/b.md', '/desk/c.md']) names.setDraft(other, ['Ellen Hartwel', 'Hartwel'], ['Ellen Hartwel']);
    const r = request(DRAFT, { names: names.snapshot() });
    const messages: WholeDraftMessage[] = [];
    checkWholeDraft(r, (m) => messages.push(m));
    const findings = messages[0].type === 'draft-checked' ? messages[0].findings : [];
    assert.deepEqual(findings, inThread(r));
    // Three other drafts spell it so: not a misspelling of the Hartwell quoted here.
    const variants = (r: WholeDraftRequest) => inThread(r).filter((f) => f.ruleId === 'spelling/name-variant').length;
    assert.equal(variants(request(DRAFT)), 1);
    assert.equal(findings.filter((f) => f.ruleId === 'spelling/name-variant').length, 0);
  });

  describe('WholeDraftChecks (a worker thread per check)', function () {
    before(() => {
      if (!existsSync(WORKER)) throw new Error('dist/check-worker.js is missing: run "npm run build" first');
    });
    let checks: WholeDraftChecks;
    beforeEach(() => (checks = new WholeDraftChecks(WORKER)));
    afterEach(() => checks.dispose());
    const noRuleErrors = (ruleId: string, message: string) => assert.fail(`${ruleId}: ${message}`);
    const draft = (key: string, version: number, r: WholeDraftRequest, versionNow: () => number | undefined): DraftToCheck => ({ key, version, request: () => r, versionNow, onRuleError: noRuleErrors });

    it('returns the findings when the draft is still at the version checked', async () => {
      const r = request(DRAFT);
      const running = checks.check(draft('draft', 3, r, () => 3));
      assert.ok(checks.isRunning('draft'));
      const outcome = await running;
      assert.equal(outcome.status, 'checked');
      assert.deepEqual(outcome.status === 'checked' && outcome.findings, inThread(r));
      assert.ok(!checks.isRunning('draft'));
    });

    it('drops the findings of a draft edited while it was checked', async () => {
      let version = 3;
      const running = checks.check(draft('draft', 3, request(DRAFT), () => version));
      version = 4;
      assert.deepEqual(await running, { status: 'stale' });
    });

    it('stops at once when the draft is edited: stale, not canceled', async () => {
      let version = 3;
      const running = checks.check(draft('draft', 3, request(longDraft()), () => version));
      version = 4;
      checks.cancel('draft');
      assert.ok(!checks.isRunning('draft'));
      assert.deepEqual(await running, { status: 'stale' });
    });

    it('is canceled by the user, by the draft closing, or by a newer check of the same draft', async () => {
      const byUser = checks.check(draft('a', 1, request(longDraft()), () => 1));
      checks.cancel('a');
      assert.deepEqual(await byUser, { status: 'canceled' });

      let open = true;
      const closed = checks.check(draft('b', 1, request(DRAFT), () => (open ? 1 : undefined)));
      open = false;
      assert.deepEqual(await closed, { status: 'canceled' });

      // Asked for again before the first check ended: one worker per draft.
      const older = checks.check(draft('c', 1, request(longDraft()), () => 1));
      const newer = checks.check(draft('c', 1, request(DRAFT), () => 1));
      assert.deepEqual(await older, { status: 'canceled' });
      assert.equal((await newer).status, 'checked');
    });

    it('checks again, with the settings of now, when they change while it runs', async () => {
      const sent: WholeDraftRequest[] = [];
      const running = checks.check({
        ...draft('draft', 1, request(DRAFT), () => 1),
        request: () => {
          // The second request is made after the change: a rule turned off.
          const r = request(DRAFT, sent.length ? { config: { rules: { 'spelling/common-misspelling': 'off' } } } : {});
          sent.push(r);
          return r;
        },
      });
      checks.settingsChanged();
      const outcome = await running;
      assert.equal(sent.length, 2);
      assert.deepEqual(outcome.status === 'checked' && outcome.findings, inThread(sent[1]));
      assert.ok(inThread(sent[0]).some((f) => f.ruleId === 'spelling/common-misspelling'));
      assert.ok(!inThread(sent[1]).some((f) => f.ruleId === 'spelling/common-misspelling'));
    });

    it('sends the workspace names to the worker', async () => {
      const names = new WorkspaceNames();
      for (const other of ['/desk/a.md', '/desk/b.md', '/desk/c.md']) names.setDraft(other, ['Ellen Hartwel', 'Hartwel'], ['Ellen Hartwel']);
      const r = request(DRAFT, { names: names.snapshot() });
      const outcome = await checks.check(draft('draft', 1, r, () => 1));
      assert.deepEqual(outcome.status === 'checked' && outcome.findings, inThread(r));
      assert.notDeepEqual(inThread(r), inThread(request(DRAFT)));
    });

    it('keeps the checks of different drafts apart', async () => {
      const first = checks.check(draft('a', 1, request(DRAFT), () => 1));
      const second = checks.check(draft('b', 1, request('Nothing here to find.'), () => 1));
      const [a, b] = await Promise.all([first, second]);
      assert.equal(a.status, 'checked');
      assert.ok(a.status === 'checked' && a.findings.length > 0);
      assert.deepEqual(b, { status: 'checked', findings: [], quotations: [], elapsed: b.status === 'checked' ? b.elapsed : -1 });
    });

    it('says so when the worker cannot run', async () => {
      const broken = new WholeDraftChecks(resolve(__dirname, 'no-such-worker.js'));
      const outcome = await broken.check(draft('draft', 1, request(DRAFT), () => 1));
      assert.equal(outcome.status, 'failed');
      assert.match(outcome.status === 'failed' ? outcome.message : '', /no-such-worker\.js/);
    });
  });
});
