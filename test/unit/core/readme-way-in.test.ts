import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { validateConfig } from '../../../src/engine/config';
import { ruleIds } from '../../../src/rules';

const readme = readFileSync('README.md', 'utf8');
/** The README up to its first section after the way in. */
const wayIn = readme.slice(readme.indexOf('\n## '), readme.indexOf('\n## ', readme.indexOf('\n## ') + 1));

describe('README: the way in', () => {
  it('opens with it: install the extension, check a folder, set up a desk, run the tests', () => {
    assert.match(wayIn, /^\n## Getting started\n/);
    for (const step of ['npm run package', 'code --install-extension copydesk.vsix', 'Install from VSIX', 'node dist/cli.js check examples/', '.copydesk.json', '.copydesk/words.txt', 'npm test', 'bash .ci/run']) {
      assert.ok(wayIn.includes(step), `the way in does not say ${step}`);
    }
  });

  it('installs the file `npm run package` writes', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.match(manifest.scripts.package, /--out copydesk\.vsix$/);
  });

  it('gives a desk a .copydesk.json that Copydesk reads without a problem', () => {
    const printf = /printf '(.*)' > \.copydesk\.json/.exec(wayIn);
    assert.ok(printf, 'no .copydesk.json example');
    const raw = JSON.parse(printf[1].replace(/\\n/g, '\n'));
    const { problems } = validateConfig(raw, '.copydesk.json', new Set(ruleIds));
    assert.deepEqual(problems, []);
  });

  it('says why the first check exits 1, and it does: one error, in examples/dates.md', () => {
    assert.match(wayIn, /exits with code 1 because one example draft, `examples\/dates\.md`, holds an\s+impossible date/);
    const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/', '--format', 'json'], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const files = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    assert.deepEqual(files.filter((f) => f.errorCount > 0).map((f) => f.filePath.split(/[\\/]/).slice(-2).join('/')), ['examples/dates.md']);
  });
});
