// Drives the real workbench in headless Chromium with the packaged extension installed, and
// saves what a user sees for the README: the Problems panel on a seed-like story, the lightbulb
// menu on a misspelled name, the list a click on the status bar item opens, the speaker hover and
// hints on a quotation, and the summary Check All Drafts ends with. It also checks
// that click as a user makes it: the list holds the draft's findings, and its last entry opens the
// Problems panel with the cursor in the filter box, where typing "copydesk" keeps Copydesk's rows.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, startCodeServer, workbenchUrl } from './code-server.mjs';
import { checkVsix, installVsix } from './vsix.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const base = join(root, '.vscode-test', 'screenshots');
const images = join(root, 'docs', 'images');
const DRAFT = 'ministers.md';

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.activityBar.location': 'hidden',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.lightbulb.enabled': 'on',
  'problems.defaultViewMode': 'tree',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.exclude': { '.vscode': true },
};

async function main() {
  const { problems } = await checkVsix({ build: false });
  if (problems.length) throw new Error(`copydesk.vsix is not right:\n${problems.join('\n')}`);
  rmSync(base, { recursive: true, force: true });
  const extensionsDir = join(base, 'extensions');
  installVsix(extensionsDir);
  const workspace = join(base, 'workspace');
  cpSync(join(here, 'fixtures', 'workspace'), workspace, { recursive: true });
  mkdirSync(images, { recursive: true });

  // The workbench is driven by timing-sensitive UI; a second attempt absorbs a slow start.
  for (let attempt = 1; ; attempt++) {
    try {
      // A fresh profile each attempt, so no half-restored layout carries over.
      const userDataDir = join(base, `user-data-${attempt}`);
      mkdirSync(join(userDataDir, 'User'), { recursive: true });
      writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
      await capture(userDataDir, extensionsDir, workspace);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`Screenshot attempt ${attempt} failed (${error.message.split('\n')[0]}); retrying.`);
    }
  }
}

async function capture(userDataDir, extensionsDir, workspace) {
  const server = await startCodeServer({ userDataDir, extensionsDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
    await page.goto(workbenchUrl(server.origin, workspace));
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    await page.waitForTimeout(2000);
    await page.keyboard.press('Escape');
    // Open the story through Quick Open, as a user would.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(DRAFT);
    // Enter before the file search has answered opens nothing.
    await page.waitForSelector(`.quick-input-widget .monaco-list-row:has-text("${DRAFT}")`, { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${DRAFT}"]`, { timeout: 20_000 });
    // The Problems panel, filled by Copydesk.
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 5, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(images, 'problems-panel.png') });
    // The lightbulb on the misspelled name: jump there from the Problems panel, then Ctrl+.
    await page.click('.markers-panel .monaco-list-row:has-text("looks like a misspelling")');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await page.keyboard.press('Control+Period');
    await page.waitForTimeout(800);
    if (!(await page.isVisible('.action-widget'))) {
      await page.keyboard.press('F1');
      await page.keyboard.type('Quick Fix...');
      await page.waitForTimeout(500);
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(images, 'lightbulb-name.png') });
    await page.keyboard.press('Escape');
    await checkStatusBarClick(page);
    await checkMarkNameVerified(page, workspace);
    await captureSpeakers(page, workspace);
    await captureCheckAllSummary(page);
    await checkRunSettingLabels(page);
    console.log(`Screenshots saved: ${['problems-panel.png', 'lightbulb-name.png', 'status-bar-findings.png', 'hover-speaker.png', 'inlay-speakers.png', 'check-all-summary.png'].map((f) => join('docs', 'images', f)).join(', ')}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

/** Fails (and so retries) unless `condition` holds in the page. */
async function expectInPage(page, what, condition, arg) {
  try {
    await page.waitForFunction(condition, arg, { timeout: 10_000 });
  } catch {
    throw new Error(`In the workbench: expected ${what}.`);
  }
}

/** The status bar item: counts of the draft's findings; a click lists them; the last entry opens Problems. */
async function checkStatusBarClick(page) {
  const item = page.locator('.statusbar-item[aria-label^="Copydesk: "]').first();
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  const label = await item.getAttribute('aria-label');
  const text = (await item.textContent())?.trim();
  // Labelled, so it reads without the tooltip.
  if (label !== 'Copydesk: 1 quote · 2 spellings · 1 date' || text !== label) throw new Error(`Status bar item reads "${text}" (label "${label}").`);
  await item.click();
  await page.waitForSelector('.quick-input-widget .quick-input-title:has-text("4 findings in drafts/ministers.md")', { timeout: 10_000 });
  await expectInPage(page, 'the four findings and the Problems panel entry in the list', () => {
    const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map((r) => r.textContent ?? '');
    return rows.length === 5 && rows[0].includes('Tuesday') && rows[3].includes('Kalas') && rows[4].includes('Open the Problems panel');
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(images, 'status-bar-findings.png') });
  await page.keyboard.type('Problems panel');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await expectInPage(page, 'the cursor in the Problems filter box', () => {
    const active = document.activeElement;
    return !!active?.closest('.viewpane-filter') && !!document.querySelector('.markers-panel');
  });
  await page.keyboard.type('copydesk');
  await expectInPage(page, 'the filtered Problems panel to keep the four Copydesk rows', () =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')].filter((r) => /copydesk/i.test(r.textContent ?? '')).length >= 4,
  );
}

/** Show Names to Verify: the check button beside a name writes it to .copydesk/words.txt. */
async function checkMarkNameVerified(page, workspace) {
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Copydesk: Show Names to Verify');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget .quick-input-title:has-text("Names to Verify")', { timeout: 10_000 });
  const row = page.locator('.quick-input-widget .monaco-list-row').first();
  const name = (await row.locator('.label-name').first().textContent())?.trim();
  await row.hover();
  await row.locator('.action-label.codicon-check').click();
  const words = join(workspace, '.copydesk', 'words.txt');
  const expected = name?.split(/\s+/) ?? [];
  const deadline = Date.now() + 10_000;
  while (!(existsSync(words) && expected.every((w) => readFileSync(words, 'utf8').split('\n').includes(w)))) {
    if (Date.now() > deadline) throw new Error(`Marking "${name}" verified did not write it to .copydesk/words.txt.`);
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('Escape');
}

/** The hover on a quotation names its speaker; copydesk.showSpeakers writes it after the quote. */
async function captureSpeakers(page, workspace) {
  await page.keyboard.press('Escape');
  await page.click('.part.editor .monaco-editor .view-lines');
  const line = page.locator('.part.editor .view-lines .view-line:has-text("running out of time")').first();
  const box = await line.boundingBox();
  if (!box) throw new Error('The quotation by Kaja Kallas is not on screen.');
  await page.mouse.move(box.x + 90, box.y + box.height / 2);
  await page.waitForSelector('.monaco-hover:has-text("Quote by Kaja Kallas")', { state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(images, 'hover-speaker.png') });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const settings = join(workspace, '.vscode', 'settings.json');
  const before = existsSync(settings) ? readFileSync(settings, 'utf8') : undefined;
  mkdirSync(dirname(settings), { recursive: true });
  writeFileSync(settings, JSON.stringify({ ...(before ? JSON.parse(before) : {}), 'copydesk.showSpeakers': true }, null, 2));
  try {
    await expectInPage(page, 'the speaker after the closing mark', () =>
      [...document.querySelectorAll('.part.editor .view-lines .view-line')].some((l) => (l.textContent ?? '').replace(/\s+/g, ' ').includes('— Kaja Kallas')),
    );
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(images, 'inlay-speakers.png') });
  } finally {
    if (before === undefined) rmSync(settings, { force: true });
    else writeFileSync(settings, before);
  }
}

/** Check All Drafts ends with a summary by family and a button that opens the Problems panel. */
async function captureCheckAllSummary(page) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Copydesk: Check All Drafts in Workspace');
  await page.waitForSelector('.quick-input-widget .monaco-list-row:has-text("Check All Drafts in Workspace")', { timeout: 10_000 });
  await page.keyboard.press('Enter');
  const toast = page.locator('.notification-toast:has-text("Copydesk checked")').first();
  await toast.waitFor({ state: 'visible', timeout: 60_000 });
  if (!(await toast.locator('.monaco-button:has-text("Open Problems Panel")').count())) throw new Error('The Check All summary has no Open Problems Panel button.');
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(images, 'check-all-summary.png') });
}

/** The Settings editor shows the Run setting's choices by their labels, each with its description. */
async function checkRunSettingLabels(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Preferences: Open Settings (UI)');
  await page.waitForSelector('.quick-input-widget .monaco-list-row:has-text("Open Settings (UI)")', { timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.settings-editor .suggest-input-container', { timeout: 20_000 });
  await page.keyboard.type('@id:copydesk.run');
  // The Settings editor names a setting after its key ("Copydesk: Run"); only copydesk.run is listed.
  const item = page.locator('.settings-editor .setting-item-enum').first();
  await item.waitFor({ state: 'visible', timeout: 20_000 });
  await expectInPage(page, 'the Run setting\'s choices by label ("As you type", "When you save")', () => {
    const select = document.querySelector('.settings-editor .setting-item-enum select');
    return !!select && [...select.options].map((o) => o.text).join('|') === 'As you type|When you save';
  });
  await item.locator('.monaco-select-box').first().click();
  await expectInPage(page, 'the description of the highlighted choice in the open list', () =>
    (document.querySelector('.select-box-details-pane')?.textContent ?? '').includes('Check the draft as you type'),
  );
  await page.keyboard.press('Escape');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
