import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignCommand } from '../../pipeline/commands/align.js';
import { UsageError } from '../../pipeline/commands/types.js';
import { drop, SENTENCES } from './parallel-sentences.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tilmash-align-'));
function file(name: string, lines: string[], ending = '\n'): string {
  const target = path.join(dir, name);
  writeFileSync(target, lines.join(ending) + ending);
  return target;
}

async function run(options: Parameters<typeof alignCommand>[0]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await alignCommand(options);
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('tilmash align', () => {
  it('prints JSON beads with 0-based line numbers for the given languages only', async () => {
    const { code, out } = await run({ en: file('en.txt', SENTENCES.en), ru: file('ru.txt', drop(SENTENCES.ru, 0)), format: 'json' });
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { beads: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['beads']);
    expect(parsed.beads[0]).toEqual({ en: [0], ru: [], score: expect.any(Number) });
    expect(parsed.beads[1]).toEqual({ en: [1], ru: [0], score: expect.any(Number) });
    for (const bead of parsed.beads) expect(Object.keys(bead)).toEqual(['en', 'ru', 'score']);
  });

  it('prints TSV: a column per language, comma-separated indices, then the score', async () => {
    const { out } = await run({
      en: file('en2.txt', SENTENCES.en),
      kk: file('kk2.txt', [`${SENTENCES.kk[0]} ${SENTENCES.kk[1]}`, ...SENTENCES.kk.slice(2)], '\r\n'),
      ru: file('ru2.txt', SENTENCES.ru),
      format: 'tsv',
    });
    const rows = out.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows[0].slice(0, 3)).toEqual(['0,1', '0', '0,1']);
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row).toHaveLength(4);
      expect(Number(row[3])).toBeGreaterThanOrEqual(0);
    }
  });

  it('is a usage error with fewer than two languages', async () => {
    await expect(alignCommand({ en: file('en3.txt', SENTENCES.en), format: 'json' })).rejects.toBeInstanceOf(UsageError);
    await expect(alignCommand({ format: 'json' })).rejects.toBeInstanceOf(UsageError);
  });

  it('is a usage error when a file cannot be read', async () => {
    await expect(alignCommand({ en: path.join(dir, 'missing.txt'), kk: file('kk4.txt', SENTENCES.kk), format: 'json' })).rejects.toBeInstanceOf(UsageError);
  });
});
