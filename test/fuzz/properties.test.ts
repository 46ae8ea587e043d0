import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkFile } from '../../src/cli/check';
import { toMessages } from '../../src/cli/result';
import { applyFixes } from '../../src/engine/fixes';
import type { Finding, Fix } from '../../src/engine/types';
import { lint } from '../../src/index';

/**
 * Property tests over generated drafts: Unicode of every kind, Markdown constructs,
 * quotation marks of every style, directives, dates, every line end, and mutations of
 * the example drafts. CI runs a fixed seed; COPYDESK_FUZZ_RUNS=200000 (and
 * COPYDESK_FUZZ_SEED) run longer or elsewhere.
 */
const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 20_000);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 18);
const TODAY = '2025-03-15';

const PIECES = [
  // Markdown
  '---\ndate: 2025-03-14\n---\n', '---\r\ntitle: x\r\n---\r\n', '---\ny: *a\n---\n', '```\ncode "quoted"\n```\n', '`code`', '[link](http://x.org/a_(b))', '![img](a.png)', '[ref][1]', '<!-- note -->', '<b>', '| a | b |\n|---|---|\n', '- item\n', '1. item\n', '> quoted\n', '# Heading\n', '**bold**', '_it_', '\\*', 'http://example.com/x', 'name@example.com', '@handle', '#tag',
  // Quotation marks of every style, nested and stray
  '"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '「', '」', '"He said it," she said.', '“I ‘think’ so,” said Ann Lee.', "rock 'n' roll", '’90s',
  // Directives
  '<!-- copydesk-disable -->', '<!-- copydesk-enable -->', '<!-- copydesk-disable-next-line -->\n', 'copydesk-disable-next-line\n', '<!-- copydesk-disable-line quote/unattributed -->',
  // Dates and times
  'on Monday, March 3, 2025', 'last Friday', 'July 14th', '2025-02-30', 'enters its eighth year', 'at 10am', 'yesterday',
  // Words and names
  'Ramnatein', 'Ramstein', 'recieved', 'colour', 'Mr. Smith', 'said', ' ', '  ', '.', ',', '!', '?', '—', '…',
  // Line ends
  '\n', '\r\n', '\r', '\n\n', '\u2028',
  // Unicode: combining marks, astral, right-to-left, zero-width, BOM, lone surrogates
  'e\u0301', 'a\u0301\u0301\u0301', '😀', '𝒜', 'שלום', 'مرحبا', '\u200b', '\u200d', '\u200e', '\ufeff', '\ud800', '\udc00', '\u0000',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 3, arbitrary: fc.constantFrom('The', 'mayor', 'Ann', 'Lee', 'told', 'reporters', 'council', 'would', 'meet', 'Tuesday') },
);

const generated = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const EXAMPLES = readdirSync(join(__dirname, '../../examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(__dirname, '../../examples', f), 'utf8'));

/** An example draft with pieces inserted and spans cut out: real structure, hostile detail. */
const mutated = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), piece), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([text, edits, eol]) => {
    let out = text.replace(/\n/g, eol);
    for (const [at, cut, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(Math.min(out.length, i + cut));
    }
    return out;
  });

const draft = fc.oneof({ weight: 3, arbitrary: generated }, { weight: 1, arbitrary: mutated });
const language = fc.constantFrom('markdown', 'plaintext');
/** AP style turns on the rules that need it (quote/style among them). */
const style = fc.constantFrom('none' as const, 'ap' as const);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset inside a surrogate pair or a CRLF is one no editor can place a cursor at. */
function splitsAPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) || (text[offset - 1] === '\r' && text[offset] === '\n');
}

/** 0-based line and UTF-16 column as VS Code counts them: \r\n, \n and a lone \r each end a line. */
function editorPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function checkSpan(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are whole numbers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) lies inside ${text.length} characters`);
  assert.ok(!splitsAPair(text, span.start) && !splitsAPair(text, span.end), `${what}: [${span.start}, ${span.end}) splits a surrogate pair or a CRLF`);
}

const safeFixes = (findings: readonly Finding[]): Fix[] => findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));

describe('fuzz: every finding on any draft', function () {
  this.timeout(600_000);

  it(`lies inside the text, splits no pair, has VS Code's line and column, and fixes that change only their range (${RUNS} drafts)`, () => {
    fc.assert(
      fc.property(draft, language, style, (text, languageId, house) => {
        const findings = lint(text, { languageId, filePath: languageId === 'markdown' ? 'd.md' : 'd.txt', today: TODAY, config: { style: house } });
        const messages = toMessages(text, findings);
        findings.forEach((f, k) => {
          checkSpan(text, f, f.ruleId);
          const start = editorPosition(text, f.start);
          const end = editorPosition(text, f.end);
          assert.deepEqual([messages[k].line, messages[k].column, messages[k].endLine, messages[k].endColumn], [start.line + 1, start.character + 1, end.line + 1, end.character + 1], `${f.ruleId}: line and column`);
          for (const fix of f.fixes) {
            for (const edit of fix.edits) checkSpan(text, edit, `${f.ruleId} fix "${fix.title}"`);
            assert.ok(fix.edits.some((e) => text.slice(e.start, e.end) !== e.text), `${f.ruleId} fix "${fix.title}" changes nothing`);
            const { text: fixed } = applyFixes(text, [fix]);
            const first = Math.min(...fix.edits.map((e) => e.start));
            const last = Math.max(...fix.edits.map((e) => e.end));
            assert.equal(fixed.slice(0, first), text.slice(0, first), `${f.ruleId} fix "${fix.title}" changes text before its range`);
            assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${f.ruleId} fix "${fix.title}" changes text after its range`);
          }
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`reports none of the fixed findings once the safe fixes are applied (${Math.ceil(RUNS / 4)} drafts)`, () => {
    fc.assert(
      fc.property(draft, style, (text, house) => {
        const options = { filePath: 'd.md', today: TODAY, config: { style: house } };
        const findings = lint(text, options);
        const { text: fixed, applied } = applyFixes(text, safeFixes(findings));
        if (applied.length === 0) return;
        const after = lint(fixed, options);
        for (const f of findings) {
          if (!f.fixes.some((fix) => applied.includes(fix))) continue;
          // Where the finding's text now starts, after the edits before it.
          const shift = applied.flatMap((fix) => fix.edits).filter((e) => e.end <= f.start).reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
          const again = after.find((g) => g.ruleId === f.ruleId && g.start === f.start + shift && g.message === f.message);
          assert.equal(again, undefined, `${f.ruleId} still reports "${f.message}" after its fix`);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED },
    );
  });
});

describe('fuzz: copydesk check --fix', function () {
  this.timeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`is idempotent and keeps the byte-order mark and CRLF line ends (${Math.ceil(RUNS / 40)} drafts)`, () => {
    let n = 0;
    fc.assert(
      fc.property(draft, fc.boolean(), (body, bom) => {
        const text = body.replace(/\r?\n|\r/g, '\r\n').replace(/^\ufeff+/, '');
        if (text.length === 0) return;
        const original = Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
        const file = join(dir, `d${n++}.md`);
        writeFileSync(file, original);
        const options = { fix: true, maxFileSize: 1 << 20 };
        checkFile(file, { referenceDate: TODAY }, options);
        const once = readFileSync(file);
        checkFile(file, { referenceDate: TODAY }, options);
        const twice = readFileSync(file);
        assert.ok(once.equals(twice), '--fix changed the draft a second time');
        const decoded = once.toString('utf8');
        assert.equal(decoded.startsWith('\ufeff'), bom, 'the byte-order mark');
        assert.equal(/\r(?!\n)|(?<!\r)\n/.test(decoded), false, 'a line end other than CRLF');
      }),
      { numRuns: Math.ceil(RUNS / 40), seed: SEED },
    );
  });
});
