import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listCorpusFiles } from '../../../bench/lib/corpus';
import { checkFile, peopleOfFile } from '../../../src/cli/check';
import { toMessages } from '../../../src/cli/result';
import { workspaceOf, type DraftNames } from '../../../src/cli/workspace';
import { KeptLints } from '../../../src/engine/batch';
import { lintDocument } from '../../../src/engine/lint';
import { WorkspaceNames } from '../../../src/engine/workspace-names';
import { allRules } from '../../../src/rules';
import { draftNamesOf } from '../../../src/engine/spelling/analysis';

const CLI = resolve(__dirname, '../../../dist/cli.js');
/** For tests of which drafts come back: no second check here asks about people. */
const nobody = (): string[] => [];

/** Name-variant messages per file, from `copydesk check --format json` over a folder. */
function nameVariants(files: Record<string, string>, workers = 1): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-names-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--workers', String(workers), '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const byFile: Record<string, string[]> = {};
  for (const result of JSON.parse(run.stdout)) {
    byFile[result.filePath.slice(dir.length + 1)] = result.messages.filter((m: { ruleId: string }) => m.ruleId === 'spelling/name-variant').map((m: { message: string }) => m.message);
  }
  return byFile;
}

const DESK = {
  'arsenal.md': 'Arsenal keeper Manuel Almunia saved twice.\n',
  'preview.md': 'Almunia keeps his place for the cup tie.\n',
};

describe('cli: the drafts checked together are the workspace', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first');
  });

  for (const workers of [1, 2]) {
    it(`flags a slip of a name two other drafts share (${workers} worker${workers > 1 ? 's' : ''})`, () => {
      const found = nameVariants({ ...DESK, 'report.md': 'Alumnia saved a penalty.\n' }, workers);
      assert.deepEqual(found['arsenal.md'], []);
      assert.equal(found['report.md'].length, 1);
      assert.match(found['report.md'][0], /“Alumnia”.*“Almunia”.*2 of the workspace’s other drafts/);
    });
  }

  // Class 4 of issue 16: the first pass carries each draft's full names to the second.
  const MINISTER = { 'trade.md': 'Trade Minister Rachmat Saleh spoke.\n', 'talks.md': 'Rachmat Saleh said so.\n' };
  for (const workers of [1, 2]) {
    it(`compares full names, not surnames alone (${workers} worker${workers > 1 ? 's' : ''})`, () => {
      const governor = nameVariants({ ...MINISTER, 'governor.md': 'Governor Ismail Salleh cut rates.\n' }, workers)['governor.md'];
      assert.deepEqual(governor, [], 'a different given name is a different person');
      const found = nameVariants({ ...MINISTER, 'slip.md': 'Rachmat Salleh cut rates.\n' }, workers);
      assert.equal(found['slip.md'].length, 1);
      assert.match(found['slip.md'][0], /“Salleh”.*“Saleh”.*2 of the workspace’s other drafts/);
    });
  }

  it('reports nothing when the draft is checked alone', () => {
    assert.deepEqual(nameVariants({ 'report.md': 'Alumnia saved a penalty.\n' })['report.md'], []);
  });
});

describe('cli: which drafts the workspace sends back for a second check', function () {
  const names = (filePath: string, list: string[], reported: string[] = []): DraftNames => ({ filePath, names: list, reported, inPeople: list.filter((name) => name !== name.toLowerCase()) });
  const desk = [names('a.md', ['Horgan', 'Almunia']), names('b.md', ['Horgan', 'Almunia'])];
  const rechecked = (draft: DraftNames) => workspaceOf([...desk, draft], nobody).recheck;

  it('a reported spelling other drafts use: its finding may clear', () => {
    assert.deepEqual(rechecked(names('c.md', ['Horgan'], ['Horgan'])), ['c.md']);
  });

  it('a spelling other drafts use that was not reported: nothing to change', () => {
    assert.deepEqual(rechecked(names('c.md', ['Horgan'])), []);
  });

  it('a slip of a spelling other drafts share, though nothing was reported', () => {
    assert.deepEqual(rechecked(names('c.md', ['Alumnia'])), ['c.md']);
  });

  it('two close forms in one draft, one of them shared: the other drafts settle which is the slip', () => {
    // A substituted letter is no slip target on its own, so only the pair brings the draft back.
    assert.deepEqual(rechecked(names('c.md', ['Horgan', 'Horgen'])), ['c.md']);
    assert.deepEqual(rechecked(names('c.md', ['Horgen'])), []);
  });

  it('names the other drafts never use and nothing near them: no second check', () => {
    assert.deepEqual(rechecked(names('c.md', ['Pardew', 'Zidane'], ['Pardew'])), []);
  });

  it('reads the people only of drafts whose names may be in a person\'s full name, with those names', () => {
    const asked: [string, readonly string[]][] = [];
    const peopleOf = (filePath: string, inPeople: readonly string[]) => {
      asked.push([filePath, inPeople]);
      return filePath === 'a.md' ? ['Rachmat Saleh'] : [];
    };
    const words = { filePath: 'b.md', names: ['Saleh'], reported: [], inPeople: [] };
    const { workspace } = workspaceOf([names('a.md', ['Saleh', 'Rachmat']), words, names('d.md', ['Saleh']), names('c.md', ['Salleh', 'Rachmat'], ['Salleh'])], peopleOf);
    // As c.md's second check asks about `Saleh` for its Rachmat Salleh: a.md and d.md are read, b.md (the word, in no full name) is not.
    assert.equal(workspace.draftsUsingFor('Saleh', (fullName) => fullName.startsWith('Rachmat '), 'c.md'), 3);
    assert.deepEqual(asked.map(([file]) => file).sort(), ['a.md', 'd.md']);
    assert.ok(asked.some(([file, inPeople]) => file === 'a.md' && inPeople.join() === 'Saleh,Rachmat'), JSON.stringify(asked));
    assert.ok(!asked.some(([file]) => file === 'b.md'), 'b.md was read');
  });
});

describe('cli: a corpus run gives every draft what a lint with the whole workspace gives', function () {
  this.timeout(300000);
  const CORPUS = join(__dirname, '../../../../shared/corpus/bbc-news');

  it('the same messages, draft by draft, over the 2,095 published articles', function () {
    if (!existsSync(CORPUS)) this.skip(); // the shared corpus is not part of the repository; CI has it beside the clone
    const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', CORPUS], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const fromCli = new Map<string, unknown>(JSON.parse(run.stdout).map((r: { filePath: string; messages: unknown }) => [resolve(r.filePath), r.messages]));

    const files = listCorpusFiles(CORPUS).filter((file) => fromCli.has(resolve(file)));
    assert.ok(files.length > 2000, `${files.length} of the corpus files were in the report`);
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const workspace = new WorkspaceNames();
    files.forEach((file, i) => {
      const { model, config } = lintDocument(texts[i], { filePath: file, rules: [] });
      const { names, people } = draftNamesOf(model, config);
      workspace.setDraft(file, names, people);
    });
    let differing = 0;
    files.forEach((file, i) => {
      const expected = toMessages(texts[i], lintDocument(texts[i], { filePath: file, rules: allRules, workspace }).findings);
      if (JSON.stringify(fromCli.get(resolve(file))) !== JSON.stringify(expected)) differing++;
    });
    assert.equal(differing, 0);
  });
});

describe('cli: an unknown lower-case word brings a draft back only when the workspace changes its verdict', () => {
  const names = (filePath: string, list: string[], reported: string[] = []): DraftNames => ({ filePath, names: list, reported, inPeople: list.filter((name) => name !== name.toLowerCase()) });
  const rechecked = (others: DraftNames[], draft: DraftNames) => workspaceOf([...others, draft], nobody).recheck;

  it('a reported word two other drafts share is a term: its finding clears', () => {
    const desk = [names('a.md', ['quintales']), names('b.md', ['quintales'])];
    assert.deepEqual(rechecked(desk, names('c.md', ['quintales'], ['quintales'])), ['c.md']);
    assert.deepEqual(rechecked(desk.slice(1), names('c.md', ['quintales'], ['quintales'])), []);
  });

  it('an abbreviation is reported whatever other drafts do with it: no second check', () => {
    const desk = [names('a.md', ['vtrs', 'Vtrs']), names('b.md', ['vtrs', 'Vtrs'])];
    assert.deepEqual(rechecked(desk, names('c.md', ['vtrs'], ['vtrs'])), []);
  });

  it('a word one other draft writes with a capital: reported either way, unless the draft repeats it', () => {
    const desk = [names('a.md', ['Seaga'])];
    assert.deepEqual(rechecked(desk, names('c.md', ['seaga'], ['seaga'])), []);
    assert.deepEqual(rechecked(desk, names('c.md', ['seaga'])), ['c.md']);
    assert.deepEqual(rechecked([...desk, names('b.md', ['Seaga'])], names('c.md', ['seaga'], ['seaga'])), ['c.md']);
  });
});

describe('cli: a second check from the first check\'s model', () => {
  const desk: Record<string, string> = {
    'a.md': 'Traders paid 12 quintales a hectare, said Jane Roe of Acme.\n',
    'b.md': 'The price rose to 14 quintales, brokers said.\n',
    'c.md': 'Copper fell 2 quintales. "We expect more," said Mr Roe.\n',
  };

  it('gives the messages a full second check gives, and reads each kept draft once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-kept-'));
    const files = Object.entries(desk).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const options = { fix: false, maxFileSize: 1 << 20 };
    const kept = new KeptLints();
    const first = files.map((file) => checkFile(file, {}, options, undefined, kept));
    const { workspace, recheck } = workspaceOf(first.map((r) => r.draftNames!), (file, inPeople) => peopleOfFile(file, inPeople, {}, options, kept));
    assert.ok(recheck.length > 0, 'the shared term brings drafts back');
    assert.equal(kept.size, files.length);
    for (const file of recheck) {
      const before = kept.size;
      const fromModel = checkFile(file, {}, options, workspace, kept);
      assert.equal(kept.size, before - 1, 'the kept lint is handed over once');
      assert.deepEqual(fromModel, checkFile(file, {}, options, workspace));
    }
  });

  it('keeps no more draft text than its limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-kept-'));
    writeFileSync(join(dir, 'a.md'), desk['a.md']);
    const kept = new KeptLints(10);
    checkFile(join(dir, 'a.md'), {}, { fix: false, maxFileSize: 1 << 20 }, undefined, kept);
    assert.equal(kept.size, 0);
  });
});
