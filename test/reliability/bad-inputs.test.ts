// End-to-end: a corpus holding bad files next to good ones. The build must finish, name every bad file in a
// message, build the good ones (whatever their format and encoding), and the CLI must exit 1 (done with
// problems), not crash; `--strict` makes a warning fail the build. All files are made here from text.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../pipeline/runner.js';
import { makeDocx } from '../ingest/decode/make-docx.js';
import { seed000Parts, SEED_002 } from './arbitraries.js';
import { readOutput } from './output-files.js';

const CLI = process.env.TILMASH_CLI ?? path.resolve('dist/src/cli.js');
const parts = seed000Parts();
const RU_TITLE = 'ФИЛОСОФИЯ ВЛАСТИ В СОВРЕМЕННОМ ОБЩЕСТВЕ КАЗАХСТАНА';
const KK_TITLE = 'ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ';

/** Bytes that are not text: a PNG signature and pseudo-random bytes (with NULs). */
function binaryBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  return bytes;
}

/** The good files: each format and encoding the reader accepts, holding a real article part. */
const GOOD: Record<string, Uint8Array | string> = {
  'trilingual.md': `${parts.front.en}\n\n${parts.front.kk}\n\n${parts.front.ru}\n`,
  'english.txt': SEED_002,
  'russian-cp1251.txt': new Uint8Array(iconv.encode(parts.front.ru, 'win1251')),
  'kazakh-kz1048.txt': new Uint8Array(iconv.encode(parts.front.kk, 'rk1048')),
  'kazakh-utf16.txt': new Uint8Array(iconv.encode(parts.front.kk, 'utf-16le', { addBOM: true })),
  'russian.docx': makeDocx([
    { style: 'Heading1', runs: [{ text: RU_TITLE }] },
    { runs: [{ text: 'Аннотация', italic: true }] },
    { runs: [{ text: 'В статье рассматривается философия власти в современном казахстанском обществе. Основными элементами власти являются субъект, объект и средства.' }] },
    { runs: [{ text: 'Ключевые слова:', bold: true }, { text: ' философия власти, современное общество' }] },
  ]),
};

/** The bad files, and the rule each must be reported under. */
const BAD: Record<string, { bytes: Uint8Array | string; ruleId: RegExp }> = {
  'scan.txt': { bytes: binaryBytes(), ruleId: /^binary-file$/ },
  'empty.md': { bytes: '', ruleId: /^empty-file$/ },
  'blank.docx': { bytes: '', ruleId: /^empty-file$/ },
  'not-a-zip.docx': { bytes: 'This is plain text saved under a .docx name.\n', ruleId: /^docx-/ },
};

async function writeCorpus(dir: string, files: Record<string, Uint8Array | string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
}

/** Runs the CLI; resolves with its exit code and output (never rejects on a non-zero exit). */
function runCli(args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A crash prints an uncaught error with its stack; a handled problem does not. */
function expectNoCrash(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/Unhandled|uncaught/i);
}

let work: string;
let corpusDir: string;
let result: BuildResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'tilmash-bad-inputs-'));
  corpusDir = path.join(work, 'corpus');
  await writeCorpus(corpusDir, { ...GOOD, ...Object.fromEntries(Object.entries(BAD).map(([name, bad]) => [name, bad.bytes])) });
  result = await build({ corpusDir, outDir: path.join(work, 'out'), jobs: 1, force: false, progress: 'silent' });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a corpus with bad files next to good ones', () => {
  it('finishes and writes every output file, readable and valid', async () => {
    expect(result.outcome?.written.sort()).toEqual(
      ['alignment.json', 'alignment.tmx', 'glossary.csv', 'glossary.json', 'glossary.tbx', 'glossary.v3.tbx', 'glossary.xlsx', 'report.json'],
    );
    for (const name of result.outcome!.written) {
      await expect(readOutput(name, await readFile(path.join(work, 'out', name))), name).resolves.toBeDefined();
    }
  });

  it.each(Object.entries(BAD))('reports %s by file name and leaves it out', (name, bad) => {
    const record = result.documents.find((d) => d.file === name);
    expect(record, name).toBeDefined();
    expect(record!.failed).toBe(true);
    const messages = record!.messages.filter((m) => m.severity !== 'info');
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.file).toBe(name);
      expect(message.reason).toContain(`\`${name}\``);
    }
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(bad.ruleId)]));
  });

  it.each(Object.keys(GOOD))('builds the good file %s', (name) => {
    const record = result.documents.find((d) => d.file === name);
    expect(record, name).toBeDefined();
    expect(record!.messages.filter((m) => m.severity === 'fatal')).toEqual([]);
    expect(record!.failed).toBe(false);
    expect(Object.values(record!.sentences).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(0);
  });

  it('reads legacy encodings and Word files letter for letter', async () => {
    const alignment = JSON.parse(await readFile(path.join(work, 'out', 'alignment.json'), 'utf8')) as {
      documents: Array<{ file: string; sections: Array<{ beads: Array<Record<'en' | 'kk' | 'ru', string[]>> }> }>;
    };
    const texts = (file: string) =>
      alignment.documents
        .filter((d) => d.file === file)
        .flatMap((d) => d.sections.flatMap((s) => s.beads.flatMap((b) => [...b.en, ...b.kk, ...b.ru])));
    expect(texts('russian-cp1251.txt')).toContain(RU_TITLE);
    expect(texts('kazakh-kz1048.txt')).toContain(KK_TITLE);
    expect(texts('kazakh-utf16.txt')).toContain(KK_TITLE);
    expect(texts('russian.docx')).toContain(RU_TITLE);
  });

  it('counts the problems in report.json', async () => {
    const report = JSON.parse(await readFile(path.join(work, 'out', 'report.json'), 'utf8')) as {
      totals: { documents: number; failed: number; messages: Record<string, number> };
      documents: Array<{ file: string; failed: boolean; messages: Array<{ file: string; severity: string }> }>;
    };
    expect(report.totals.documents).toBe(Object.keys(GOOD).length + Object.keys(BAD).length);
    expect(report.totals.failed).toBe(Object.keys(BAD).length);
    const counted = report.documents.flatMap((d) => d.messages).filter((m) => m.severity === 'fatal').length;
    expect(report.totals.messages.fatal).toBeGreaterThanOrEqual(counted);
    expect(report.documents.filter((d) => d.failed).map((d) => d.file).sort()).toEqual(Object.keys(BAD).sort());
  });

  // Found by this test and fixed in b1a50fb: a refused file had `record.cached` `{}`, and
  // `Object.values({}).every(Boolean)` made it "from the cache" in report.json and in the summary.
  it('does not call a refused file "from the cache"', async () => {
    const report = JSON.parse(await readFile(path.join(work, 'out', 'report.json'), 'utf8')) as {
      documents: Array<{ file: string; cached: boolean }>;
    };
    for (const name of Object.keys(BAD)) expect(report.documents.find((d) => d.file === name)?.cached, name).toBe(false);
  });

  it('the CLI exits 1 (done with problems), names the bad files and does not crash', async () => {
    const run = await runCli(['build', '--corpus', corpusDir, '--out', path.join(work, 'cli-out'), '--jobs', '1']);
    expectNoCrash(run.stderr);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    for (const name of Object.keys(BAD)) expect(run.stdout).toContain(name);
  });
});

describe('--strict', () => {
  it('a warning alone exits 0, and 1 with --strict', async () => {
    const dir = path.join(work, 'strict');
    // A stray control character (BEL) is kept and reported as a warning: the file is still built.
    await writeCorpus(path.join(dir, 'corpus'), { 'english.txt': SEED_002.replace('political', 'poli\u0007tical') });
    const plain = await runCli(['build', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'out'), '--jobs', '1']);
    expectNoCrash(plain.stderr);
    expect(plain.stdout).toMatch(/control-character/);
    expect(plain.code).toBe(0);
    const strict = await runCli(['build', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'out'), '--jobs', '1', '--strict']);
    expectNoCrash(strict.stderr);
    expect(strict.code).toBe(1);
  });
});

describe('document ids', () => {
  // Found by this test and fixed in b1a50fb: the id was the path without its extension, so `article.txt` and
  // `article.md` were both `article` in alignment.json, report.json, the glossary and the TMX tuids, unreported.
  it('two files that differ only in extension get distinct ids, and the clash is reported', async () => {
    const dir = path.join(work, 'same-stem');
    await writeCorpus(path.join(dir, 'corpus'), { 'article.txt': SEED_002, 'article.md': `${parts.front.en}\n` });
    const same = await build({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'out'), jobs: 1, force: false, progress: 'silent' });
    const ids = same.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const messages = [...same.corpusMessages, ...same.documents.flatMap((d) => d.messages)];
    expect(messages.filter((m) => m.reason.includes('article.txt') && m.reason.includes('article.md'))).not.toEqual([]);
  });
});
