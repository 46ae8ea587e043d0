/**
 * The language server's figures: time from a one-word didChange to the publishDiagnostics that
 * answers it, seen by a client over stdio, beside the same edit re-linted in-process with a
 * LintSession; and the server's resident memory once it has indexed a folder's drafts.
 *
 *   npx tsx bench/lsp.ts [--corpus DIR] [--dist DIR] [--json]
 *
 * bench/run.ts runs it with --json (one JSON line) and prints its table.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TestClient, uriOf } from '../test/lsp/client';
import { joinedText, listCorpusFiles, loadArticles, makeDrafts, oneWordEdit } from './lib/corpus';
import { probeResult, runNode } from './lib/spawn';
import { percentile } from './lib/stats';
import { formatNumber, table } from './lib/table';

const ROOT = resolve(__dirname, '..');

export interface LspLatency {
  label: string;
  words: number;
  serverP50Ms: number;
  serverP95Ms: number;
  inProcessP50Ms: number;
  inProcessP95Ms: number;
  /** Server p50 minus in-process p50: what the protocol, the pipe and the server's bookkeeping add. */
  overheadP50Ms: number;
}

export interface LspBench {
  latency: LspLatency[];
  memory: { drafts: number; indexedMs: number; rssMb: number; peakRssMb: number };
}

interface Doc {
  label: string;
  words: number;
  text: string;
  reps: number;
  warmup: number;
}

/** Resident and peak resident memory of a process, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/**
 * Today's in-process figures for the same edits: bench/probes/copydesk.cjs re-lints each draft
 * with a LintSession in a fresh process, as bench/run.ts does (en-GB, plain text).
 */
function inProcess(dist: string, docs: Doc[], dir: string): number[][] {
  const jobFile = join(dir, 'relint.json');
  writeFileSync(jobFile, JSON.stringify({ docs: docs.map((doc) => ({ ...doc, ...oneWordEdit(doc.text) })) }));
  process.env.COPYDESK_BENCH_DIST = dist;
  const run = runNode([join(__dirname, 'probes', 'copydesk.cjs'), 'relint', jobFile], { cwd: ROOT, tmpDir: dir });
  return probeResult<{ results: { samples: number[] }[] }>(run, 'in-process re-lint').results.map((r) => r.samples);
}

async function serverLatency(cli: string, doc: Doc, dir: string): Promise<number[]> {
  const client = new TestClient(cli);
  try {
    // No workspace folder: the figure is the edit's, not the workspace index's. Settings as the in-process probe's.
    await client.initialize(undefined, {}, { copydesk: { dialect: 'en-GB' } });
    const path = join(dir, 'draft.txt');
    const uri = uriOf(path);
    await client.open(uri, doc.text, 'plaintext', 1);
    await client.diagnosticsOf(uri, 1);
    const { editStart, editEnd, replacement } = oneWordEdit(doc.text);
    const original = doc.text.slice(editStart, editEnd);
    const lineStart = doc.text.lastIndexOf('\n', editStart - 1) + 1;
    const line = doc.text.slice(0, editStart).split('\n').length - 1;
    const range = { start: { line, character: editStart - lineStart }, end: { line, character: editEnd - lineStart } };
    const samples: number[] = [];
    for (let i = 0, version = 2; i < doc.warmup + doc.reps; i++, version++) {
      const t0 = performance.now();
      await client.change(uri, version, [{ range, text: i % 2 ? original : replacement }]);
      await client.diagnosticsOf(uri, version);
      if (i >= doc.warmup) samples.push(performance.now() - t0);
    }
    return samples;
  } finally {
    await client.stop();
  }
}

async function serverMemory(cli: string, corpus: string): Promise<LspBench['memory']> {
  const client = new TestClient(cli);
  try {
    const files = listCorpusFiles(corpus);
    const t0 = performance.now();
    await client.initialize(corpus);
    const uri = uriOf(files[0]);
    await client.open(uri, readFileSync(files[0], 'utf8'), 'plaintext', 1);
    await client.diagnosticsOf(uri, 1);
    // Once the drafts are indexed the server says so, then checks its open drafts again.
    const indexed = await client.until('the workspace index', () => client.logs.map((log) => /names of (\d+) drafts/.exec(log)).find((match) => match !== null));
    const indexedMs = performance.now() - t0;
    return { drafts: Number(indexed[1]), indexedMs, ...memoryOf(client.server.pid!) };
  } finally {
    await client.stop();
  }
}

export async function benchLanguageServer(dist: string, corpus: string): Promise<LspBench> {
  const articles = loadArticles(listCorpusFiles(corpus));
  const docs: Doc[] = [
    { label: '2,000-word draft', words: 2000, text: makeDrafts(articles, 2000, 1)[0], reps: 200, warmup: 40 },
    { label: '100,000-word manuscript', words: 100_000, text: joinedText(articles, 100_000), reps: 15, warmup: 4 },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-lsp-bench-'));
  const cli = join(dist, 'cli.js');
  try {
    const local = inProcess(dist, docs, dir);
    const latency: LspLatency[] = [];
    for (const [i, doc] of docs.entries()) {
      const server = await serverLatency(cli, doc, dir);
      latency.push({
        label: doc.label,
        words: doc.words,
        serverP50Ms: percentile(server, 50),
        serverP95Ms: percentile(server, 95),
        inProcessP50Ms: percentile(local[i], 50),
        inProcessP95Ms: percentile(local[i], 95),
        overheadP50Ms: percentile(server, 50) - percentile(local[i], 50),
      });
    }
    return { latency, memory: await serverMemory(cli, corpus) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function renderLspBench(result: LspBench): string {
  const rows: (string | number)[][] = [];
  for (const r of result.latency) {
    rows.push([`server, didChange to publishDiagnostics, one-word edit, ${r.label}: p50 / p95 (ms)`, `${formatNumber(r.serverP50Ms)} / ${formatNumber(r.serverP95Ms)}`]);
    rows.push([`  in-process LintSession, same edit: p50 / p95 (ms)`, `${formatNumber(r.inProcessP50Ms)} / ${formatNumber(r.inProcessP95Ms)}`]);
    rows.push([`  protocol overhead: p50 (ms)${r.words === 2000 ? ' (target < 1)' : ''}`, r.overheadP50Ms]);
  }
  const m = result.memory;
  rows.push([`server RSS after indexing ${m.drafts.toLocaleString('en-GB')} drafts' names, now / peak (MB; target < 300)`, `${formatNumber(m.rssMb)} / ${formatNumber(m.peakRssMb)}`]);
  rows.push(['  from initialize to the index in use (s)', m.indexedMs / 1000]);
  return table(['language server', 'value'], rows);
}

if (require.main === module) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { corpus: { type: 'string' }, dist: { type: 'string' }, json: { type: 'boolean' } } });
  const dist = resolve(values.dist ?? join(ROOT, 'dist'));
  const corpus = resolve(values.corpus ?? join(ROOT, '..', 'shared', 'corpus', 'bbc-news'));
  benchLanguageServer(dist, corpus).then(
    (result) => process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${renderLspBench(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
