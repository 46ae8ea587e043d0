import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const readable = process.argv.includes('--readable');

/** One bundle per host: the extension (vscode is provided by the host) and the CLI. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  /*
   * Node 20 reads `\p{…}` in regular expressions, but esbuild's table says it cannot and rewrote every
   * such literal as `new RegExp("…", "u")`, made again at each call: 53 in the CLI bundle, a few in
   * functions run for every word or quote (speakerBefore, isNonTerminalPeriod). The patterns are the same.
   */
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  define: { COPYDESK_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts', 'check-worker': 'src/core/check-worker.ts' }, outdir: 'dist', external: ['vscode'] },
  // The command is a small launcher that runs the CLI bundle from V8's code cache (see src/cli/launcher.ts).
  { ...common, entryPoints: { cli: 'src/cli/launcher.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  /*
   * Every run reads, hashes and compiles (from the code cache) the whole CLI bundle: without its white
   * space and comments it is 729 KB instead of 995, and a start 3-5 ms shorter (main-thread profile
   * totals of `copydesk --version` and of a check of one story, 21 runs each taking turns). Names are
   * kept, for stack traces and profiles; `--readable` keeps the layout too (module comments, lines).
   */
  { ...common, entryPoints: { 'cli-main': 'src/cli/main.ts' }, outdir: 'dist', minifyWhitespace: production || !readable },
  { ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist' },
  // `copydesk lsp --stdio` loads it; it shares dist/check-worker.js with the extension.
  { ...common, entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  recordCodeCache();
}

/**
 * Checks the examples once with the new CLI so V8 records the compiled code of
 * the bundle and of every function a check calls; later starts load it instead
 * of compiling. Without dictionaries (or examples) there is nothing to train on,
 * and the CLI simply compiles at start, as it would without a cache.
 */
function recordCodeCache() {
  const cache = new URL('./dist/cli-main.cache', import.meta.url);
  rmSync(cache, { force: true });
  if (!existsSync(new URL('./dist/dictionaries/format.txt', import.meta.url))) return;
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', '--workers', '1', 'examples'], {
    cwd: new URL('.', import.meta.url),
    env: { ...process.env, COPYDESK_RECORD_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (run.status === null || run.status > 1 || !existsSync(cache)) {
    rmSync(cache, { force: true });
    console.warn('esbuild.mjs: no code cache recorded for the CLI (it will compile at start).');
  }
}
