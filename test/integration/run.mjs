// `npm run test:integration`: runs the extension's mocha suite inside VS Code's real extension
// host through @vscode/test-electron's runTests. Here VS Code is code-server (see
// ../shared/notes/real-vscode-tests.md); set VSCODE_EXECUTABLE to a desktop `code` to use that.
// A second, short launch runs untrusted-suite/ in a workspace the user has not trusted.
// Afterwards the screenshot script refreshes docs/images/ unless COPYDESK_SKIP_SCREENSHOTS=1.
// COPYDESK_SUITES=untrusted (or =trusted) runs one launch only, without the package checks.
// COPYDESK_SUITES=first-squiggle times open → diagnostics in a fresh window (npm run bench).
import { runTests } from '@vscode/test-electron';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { installTools } from './install.mjs';
import { checkVsix, installVsix } from './vsix.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = join(root, '.vscode-test', 'out', 'suite');
const workspace = join(root, '.vscode-test', 'workspace');
const untrustedOutDir = join(root, '.vscode-test', 'out', 'untrusted-suite');
const untrustedProfile = join(root, '.vscode-test', 'untrusted');
const untrustedWorkspace = join(untrustedProfile, 'workspace');
const firstSquiggleOutDir = join(root, '.vscode-test', 'out', 'first-squiggle');
const firstSquiggleWorkspace = join(root, '.vscode-test', 'first-squiggle-workspace');
const suites = new Set((process.env.COPYDESK_SUITES ?? 'trusted,untrusted').split(','));

/** Workspace trust on, and no prompt: a folder opened for the first time stays in Restricted Mode. */
const UNTRUSTED_USER_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'workbench.startupEditor': 'none',
};

/** Bundles each *.test.ts of `dir`, with suite/index.ts as the entry point VS Code calls. */
async function bundleSuite(dir, out) {
  rmSync(out, { recursive: true, force: true });
  const suiteDir = join(here, dir);
  const entryPoints = [join(here, 'suite', 'index.ts'), ...readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => join(suiteDir, f))];
  await esbuild.build({
    entryPoints,
    outdir: out,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

/** A fresh copy of the fixtures each run: the tests write words.txt, settings and drafts. */
function prepareWorkspace(fixture, target) {
  rmSync(target, { recursive: true, force: true });
  cpSync(join(here, 'fixtures', fixture), target, { recursive: true });
}

/**
 * runTests always passes --disable-workspace-trust, so this launch gives VS Code the same
 * arguments without it, and a fresh profile whose settings leave the folder untrusted.
 */
async function runUntrustedSuite(executable) {
  rmSync(untrustedProfile, { recursive: true, force: true });
  const userDataDir = join(untrustedProfile, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(UNTRUSTED_USER_SETTINGS, null, 2));
  prepareWorkspace('untrusted-workspace', untrustedWorkspace);
  const args = [
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-extensions',
    `--extensionTestsPath=${join(untrustedOutDir, 'index.js')}`,
    `--extensionDevelopmentPath=${root}`,
    `--user-data-dir=${userDataDir}`,
    `--extensions-dir=${join(untrustedProfile, 'extensions')}`,
    untrustedWorkspace,
  ];
  const code = await new Promise((resolveCode, reject) => {
    const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, COPYDESK_REPO_ROOT: root } });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolveCode(exitCode ?? signal));
  });
  if (code !== 0) throw new Error(`The untrusted-workspace suite failed (exit ${code}).`);
}

/** Runs the suite in `dir` in a fresh window on a fresh copy of the fixture workspace (trusted: runTests disables trust). */
async function runTrustedSuite(executable, dir, out, target, env = {}) {
  await bundleSuite(dir, out);
  prepareWorkspace('workspace', target);
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(out, 'index.js'),
    launchArgs: [target, '--disable-extensions'],
    extensionTestsEnv: { COPYDESK_REPO_ROOT: root, ...env },
  });
}

async function main() {
  const executable = process.env.VSCODE_EXECUTABLE ?? join(here, 'code-launcher.mjs');
  if (!process.env.VSCODE_EXECUTABLE) installTools();
  // `npm run build` also compiles the dictionaries (prebuild); esbuild alone is enough once they exist.
  if (existsSync(join(root, 'dist', 'dictionaries'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  else execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (suites.has('trusted')) await runTrustedSuite(executable, 'suite', outDir, workspace);
  if (suites.has('first-squiggle')) {
    await runTrustedSuite(executable, 'first-squiggle', firstSquiggleOutDir, firstSquiggleWorkspace, { COPYDESK_FIRST_SQUIGGLE_OUT: process.env.COPYDESK_FIRST_SQUIGGLE_OUT ?? '' });
  }
  if (suites.has('untrusted')) {
    await bundleSuite('untrusted-suite', untrustedOutDir);
    await runUntrustedSuite(executable);
  }
  if (process.env.VSCODE_EXECUTABLE || !suites.has('trusted') || !suites.has('untrusted')) return;
  // The package a user installs: contents, size, and `code-server --install-extension`.
  const { size, files, problems } = await checkVsix();
  if (problems.length) throw new Error(`copydesk.vsix: ${problems.join('; ')}`);
  installVsix(join(root, '.vscode-test', 'vsix-install', 'extensions'));
  console.log(`  ✔ copydesk.vsix: ${files.length} files, ${(size / 1048576).toFixed(2)} MB, only dist/, syntaxes/, docs/rules/, README, LICENSE, package.json; installs with code-server --install-extension`);
  if (process.env.COPYDESK_SKIP_SCREENSHOTS !== '1') {
    execFileSync(process.execPath, [join(here, 'screenshots.mjs')], { cwd: root, stdio: 'inherit' });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
