import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** One bundle per host: the extension (vscode is provided by the host) and the CLI. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  define: { COPYDESK_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts', 'check-worker': 'src/extension/check-worker.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
