// `npm run test:integration`: runs the extension's mocha suite inside VS Code's real extension
// host through @vscode/test-electron's runTests. Here VS Code is code-server (see
// ../shared/notes/real-vscode-tests.md); set VSCODE_EXECUTABLE to a desktop `code` to use that.
// Afterwards the screenshot script refreshes docs/images/ unless COPYDESK_SKIP_SCREENSHOTS=1.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { installTools } from './install.mjs';
import { checkVsix, installVsix } from './vsix.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = join(root, '.vscode-test', 'out', 'suite');
const workspace = join(root, '.vscode-test', 'workspace');

async function bundleSuite() {
  rmSync(outDir, { recursive: true, force: true });
  const suiteDir = join(here, 'suite');
  const entryPoints = readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(suiteDir, f));
  await esbuild.build({
    entryPoints,
    outdir: outDir,
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
function prepareWorkspace() {
  rmSync(workspace, { recursive: true, force: true });
  cpSync(join(here, 'fixtures', 'workspace'), workspace, { recursive: true });
}

async function main() {
  const executable = process.env.VSCODE_EXECUTABLE ?? join(here, 'code-launcher.mjs');
  if (!process.env.VSCODE_EXECUTABLE) installTools();
  // `npm run build` also compiles the dictionaries (prebuild); esbuild alone is enough once they exist.
  if (existsSync(join(root, 'dist', 'dictionaries'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  else execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  await bundleSuite();
  prepareWorkspace();
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: { COPYDESK_REPO_ROOT: root },
  });
  if (process.env.VSCODE_EXECUTABLE) return;
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
