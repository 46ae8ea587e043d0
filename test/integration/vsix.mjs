// Builds the .vsix with `npm run package`, checks that it holds only what the extension needs
// at run time and stays small, then installs it with `code-server --install-extension`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry } from './install.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vsix = join(root, 'copydesk.vsix');
const MAX_BYTES = 10 * 1024 * 1024;

/** Paths a packaged Copydesk may contain (under extension/ in the zip). */
const ALLOWED = [
  /^package\.json$/,
  /^readme\.md$/,
  /^LICENSE\.txt$/,
  /^changelog\.md$/,
  /^dist\/(extension|check-worker)\.js$/,
  /^dist\/dictionaries\/[\w.-]+$/, // the dictionary build's output, whatever its format (all of it must be there: below)
  /^syntaxes\/[\w.-]+\.json$/,
  /^docs\/rules\/[\w-]+\/[\w-]+\.md$/,
];
const REQUIRED = ['package.json', 'readme.md', 'LICENSE.txt', 'dist/extension.js', 'dist/check-worker.js', 'syntaxes/news-draft.tmLanguage.json', 'syntaxes/markdown-injection.tmLanguage.json', 'syntaxes/news-draft.language-configuration.json'];

function zipEntries(file) {
  const yauzl = createRequire(join(root, 'package.json'))('yauzl');
  return new Promise((resolveEntries, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = [];
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolveEntries(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export async function checkVsix({ build = true } = {}) {
  if (build) execFileSync('npm', ['run', '-s', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const problems = [];
  const size = statSync(vsix).size;
  if (size > MAX_BYTES) problems.push(`copydesk.vsix is ${(size / 1048576).toFixed(2)} MB, over ${MAX_BYTES / 1048576} MB`);
  const files = (await zipEntries(vsix)).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  for (const file of files) if (!ALLOWED.some((re) => re.test(file))) problems.push(`unexpected file in the package: ${file}`);
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`missing from the package: ${file}`);
  const dictionaries = files.filter((f) => f.startsWith('dist/dictionaries/'));
  const needed = readdirDictionaries();
  for (const name of needed) if (!dictionaries.includes(`dist/dictionaries/${name}`)) problems.push(`dictionary not packaged: ${name}`);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const grammar of manifest.contributes.grammars) if (!files.includes(grammar.path.replace(/^\.\//, ''))) problems.push(`grammar not packaged: ${grammar.path}`);
  return { size, files, problems };
}

function readdirDictionaries() {
  const dir = join(root, 'dist', 'dictionaries');
  return existsSync(dir) ? execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter(Boolean) : [];
}

/** Installs the package the way a user would; returns the installed extension's folder. */
export function installVsix(extensionsDir) {
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  execFileSync(process.execPath, [codeServerEntry, '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = join(extensionsDir, `copydesk.copydesk-${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`);
  if (!existsSync(join(installed, 'dist', 'extension.js'))) throw new Error(`code-server --install-extension did not install Copydesk into ${installed}`);
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { size, files, problems } = await checkVsix();
  console.log(`copydesk.vsix: ${files.length} files, ${(size / 1048576).toFixed(2)} MB`);
  if (problems.length) {
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  const installed = installVsix(join(root, '.vscode-test', 'vsix-install', 'extensions'));
  console.log(`  ✔ contents and size; installed with code-server --install-extension into ${installed}`);
}
