#!/usr/bin/env node
// Stands in for the desktop `code` executable that @vscode/test-electron's runTests launches:
// it takes the same arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, a folder,
// --user-data-dir=…, --extensions-dir=…), runs the suite in code-server's real extension host
// with the workbench in headless Chromium, and exits with the suite's exit code. As in desktop
// VS Code, workspace trust is on unless --disable-workspace-trust is given (runTests gives it).
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchChromium, startCodeServer, workbenchUrl } from './code-server.mjs';
import { toolsDir } from './install.mjs';

const TEST_TIMEOUT_MS = Number(process.env.COPYDESK_TEST_TIMEOUT_MS ?? 600_000);

function parseArgs(argv) {
  const options = { extensionDevelopmentPath: [], folders: [] };
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (m) {
      if (m[1] === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(resolve(m[2]));
      else options[m[1]] = m[2];
    } else if (!arg.startsWith('-')) {
      options.folders.push(resolve(arg));
    }
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options.extensionTestsPath || options.extensionDevelopmentPath.length === 0) {
    console.error('usage: code-launcher --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
    return 2;
  }
  const profile = join(toolsDir, '..', 'profile');
  const server = await startCodeServer({
    userDataDir: options['user-data-dir'] ?? join(profile, 'user-data'),
    extensionsDir: options['extensions-dir'] ?? join(profile, 'extensions'),
    workspaceTrust: !process.argv.includes('--disable-workspace-trust'),
  });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let finish;
    const exitCode = new Promise((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      // The workbench's own complaints about the offline marketplace are not test output.
      if (/open-vsx\.org|^\s+at .*workbench\.js/.test(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ...options.extensionDevelopmentPath.map((path) => ['extensionDevelopmentPath', remote(path)]),
      ['extensionTestsPath', remote(resolve(options.extensionTestsPath))],
    ];
    await page.goto(workbenchUrl(server.origin, options.folders[0] ?? process.cwd(), payload));
    const timeout = new Promise((r) => setTimeout(() => r('timeout'), TEST_TIMEOUT_MS).unref());
    const result = await Promise.race([exitCode, timeout]);
    if (result === 'timeout') {
      console.error(`The test run did not finish within ${TEST_TIMEOUT_MS / 1000}s.`);
      return 1;
    }
    return result;
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
