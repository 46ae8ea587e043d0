import assert from 'node:assert/strict';
import { toMessages } from '../../../src/cli/result';
import { lint } from '../../../src/index';

const SLIP = 'She recieved it.';

describe('lone CR line ends count as VS Code counts them', () => {
  it('gives the line and column of a finding after lone CRs', () => {
    const text = `First line.\rSecond line.\r${SLIP}\r`;
    const findings = lint(text, { filePath: 'd.txt', languageId: 'plaintext' }).filter((f) => f.ruleId.startsWith('spelling/'));
    assert.equal(findings.length, 1);
    const [message] = toMessages(text, findings);
    assert.deepEqual([message.line, message.column], [3, 5]);
  });

  it('in plain text, copydesk-disable-next-line silences one line, not the whole file', () => {
    const text = `copydesk-disable-next-line\r${SLIP}\r${SLIP}\r${SLIP}\r`;
    const findings = lint(text, { filePath: 'd.txt', languageId: 'plaintext' }).filter((f) => f.ruleId.startsWith('spelling/'));
    assert.equal(findings.length, 2);
  });
});
