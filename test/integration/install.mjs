// Installs the real-editor test tools into the ignored .vscode-test/ folder: VS Code 1.100.3 as
// code-server (the newest whose engine is Node 20) and playwright-core to drive headless Chromium.
// They stay out of package.json: code-server is ~316 MB and only these tests need it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_VERSION = '1.65.1';
// code-server 4.100.3 pins @vscode/ripgrep 1.15.11, which fetches this ripgrep tag from GitHub.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TAG = 'v13.0.0-10';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const toolsDir = join(root, '.vscode-test', 'code-server');
export const codeServerEntry = join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const playwrightEntry = join(toolsDir, 'node_modules', 'playwright-core', 'package.json');

export function toolsInstalled() {
  return existsSync(codeServerEntry) && existsSync(playwrightEntry);
}

/** @vscode/ripgrep looks in this cache before downloading; Debian's rg stands in for the release. */
function seedRipgrepCache() {
  const rg = process.env.COPYDESK_RG ?? '/usr/bin/rg';
  if (!existsSync(rg)) throw new Error(`ripgrep not found at ${rg}: install it (apt-get install ripgrep).`);
  const cache = join(process.env.TMPDIR ?? tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const archive = join(cache, `ripgrep-${RIPGREP_TAG}-x86_64-unknown-linux-musl.tar.gz`);
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', archive, '-C', dirname(rg), 'rg']);
}

export function installTools({ log = console.log } = {}) {
  if (toolsInstalled()) return;
  log(`Installing code-server@${CODE_SERVER_VERSION} and playwright-core@${PLAYWRIGHT_VERSION} into ${toolsDir} (about 2 minutes, once).`);
  mkdirSync(toolsDir, { recursive: true });
  const manifest = join(toolsDir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: 'copydesk-test-tools', private: true }, null, 2) + '\n');
  seedRipgrepCache();
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    cwd: toolsDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      // code-server's postinstall refuses root without unsafe-perm; node-pty's runs `npx node-gyp`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // npm 11 blocks dependency install scripts unless allowed; code-server needs its own.
      npm_config_dangerously_allow_all_scripts: 'true',
    },
  });
  if (!toolsInstalled()) throw new Error('code-server install finished but its entry point is missing.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) installTools();
