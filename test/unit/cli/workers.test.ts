import assert from 'node:assert/strict';
import { parseCommandLine, UsageError } from '../../../src/cli/args';
import { autoThreads } from '../../../src/cli/parallel';

describe('cli worker threads', () => {
  it('--workers takes a number or auto, and auto is the default', () => {
    assert.equal(parseCommandLine(['check', 'a.md']).workers, 'auto');
    assert.equal(parseCommandLine(['check', '--workers', 'auto', 'a.md']).workers, 'auto');
    assert.equal(parseCommandLine(['check', '--workers', '3', 'a.md']).workers, 3);
    assert.equal(parseCommandLine(['check', '--workers', '0', 'a.md']).workers, 1);
    assert.throws(() => parseCommandLine(['check', '--workers', 'many', 'a.md']), UsageError);
  });

  it('auto adds a thread only for a large run on an idle CPU, and leaves one CPU to the compiler', () => {
    // A few drafts: one thread, whatever the machine.
    assert.equal(autoThreads(1, 8, 0), 1);
    assert.equal(autoThreads(100, 8, 0), 1);
    assert.equal(autoThreads(399, 8, 0), 1);
    // The corpus on an idle two-core machine: one core checks, the other compiles its hot code.
    assert.equal(autoThreads(2095, 2, 0.2), 1);
    assert.equal(autoThreads(2095, 4, 0.2), 3);
    // The same machine already busy with another job: a second thread would only compete.
    assert.equal(autoThreads(2095, 2, 1.1), 1);
    assert.equal(autoThreads(2095, 4, 1.4), 2);
    assert.equal(autoThreads(2095, 2, 7.5), 1);
    // Many idle cores: capped, each thread costs a heap.
    assert.equal(autoThreads(100000, 32, 0), 4);
    assert.equal(autoThreads(600, 32, 0), 3);
  });
});
