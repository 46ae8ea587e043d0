import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

describe('README: the palette list', () => {
  it('names every command the palette shows, and no other', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const hidden = new Set<string>(manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    const palette = manifest.contributes.commands.filter((c: { command: string }) => !hidden.has(c.command)).map((c: { title: string }) => c.title).sort();
    const readme = readFileSync('README.md', 'utf8');
    const list = readme.slice(readme.indexOf('The palette commands, under **Copydesk:**, are:'));
    const items = list.slice(list.indexOf('\n') + 1, list.indexOf('\n\n')).split('\n').map((line) => line.replace(/^- /, '').replace(/ \(.*\)$/, ''));
    assert.deepEqual(items.sort(), palette);
  });
});
