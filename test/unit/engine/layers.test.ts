import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/*
 * Data flows one way: draft → model → rules → findings → adapters. These checks read the
 * sources' import lines, so a shortcut across layers fails here before review.
 */

const SRC = resolve(__dirname, '../../../src');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourcesUnder(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** Every module a file imports (static `import … from` and `export … from`), resolved against src/. */
function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1];
    found.push(spec.startsWith('.') ? relative(SRC, resolve(file, '..', spec)).split('\\').join('/') : spec);
  }
  return found;
}

function offenders(layer: string, forbidden: (target: string) => boolean): string[] {
  return sourcesUnder(join(SRC, layer)).flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${relative(SRC, file)} imports ${target}`));
}

describe('layers: imports go one way', () => {
  it('the engine imports no rule, no adapter and no VS Code', () => {
    assert.deepEqual(offenders('engine', (t) => t === 'vscode' || /^(rules|cli|core|extension|server)(\/|$)/.test(t)), []);
  });

  it('rules import the engine only', () => {
    assert.deepEqual(offenders('rules', (t) => t === 'vscode' || /^(cli|core|extension|server)(\/|$)/.test(t)), []);
  });

  for (const adapter of ['cli', 'core', 'extension', 'server']) {
    it(`${adapter}/ reaches the rules through the registry alone`, () => {
      assert.deepEqual(offenders(adapter, (t) => t.startsWith('rules/')), []);
    });
  }

  it('only the VS Code extension imports vscode', () => {
    assert.deepEqual(['engine', 'rules', 'cli', 'core', 'server'].flatMap((layer) => offenders(layer, (t) => t === 'vscode')), []);
  });
});
