// projectBeads: 3-way beads as beads of one language pair (fixtures: test/fixtures/align/, CC BY-SA 4.0, see README).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectBeads } from '../../src/align/index.js';
import type { Bead, Lang } from '../../src/model/index.js';
import { SENTENCES } from './parallel-sentences.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function lines(file: string): string[] {
  const out = readFileSync(file, 'utf8').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function bead(en: number[], kk: number[], ru: number[]): Bead {
  return { en, kk, ru, score: 1, flags: [] };
}

/** Pair beads as `a|b` index strings. */
function keys(beads: ReadonlyArray<Partial<Record<Lang, number[]>>>, a: Lang, b: Lang): string[] {
  return beads.map((pair) => `${(pair[a] ?? []).join(',')}|${(pair[b] ?? []).join(',')}`);
}

describe('projectBeads', () => {
  it('leaves a unit unpaired inside a 3-way bead when the other language of the pair lacks its line', () => {
    const dir = path.join(here, '..', 'fixtures', 'align', 'projection-unpaired');
    const units = Object.fromEntries((['en', 'kk', 'ru'] as Lang[]).map((lang) => [lang, lines(path.join(dir, `${lang}.txt`))]));
    expect([units.en.length, units.kk.length, units.ru.length]).toEqual([2, 3, 1]);
    const beads = [bead([0, 1], [0, 1, 2], [0])];
    expect(keys(projectBeads(beads, 'en', 'kk', units), 'en', 'kk')).toEqual(['0|0', '1|1', '|2']);
    // Russian has one unit: its pairs stay whole.
    expect(keys(projectBeads(beads, 'en', 'ru', units), 'en', 'ru')).toEqual(['0,1|0']);
    expect(keys(projectBeads(beads, 'kk', 'ru', units), 'kk', 'ru')).toEqual(['0,1,2|0']);
  });

  it('splits a projection into pair beads one to one when the third language merged the units', () => {
    const { en, kk, ru } = SENTENCES;
    const units = { en: en.slice(0, 2), kk: kk.slice(0, 2), ru: [`${ru[0]} ${ru[1]}`] };
    expect(keys(projectBeads([bead([0, 1], [0, 1], [0])], 'en', 'kk', units), 'en', 'kk')).toEqual(['0|0', '1|1']);
  });

  it('keeps pair beads of one unit a side and drops beads empty in both languages', () => {
    const { en, kk, ru } = SENTENCES;
    const units = { en: en.slice(0, 2), kk: kk.slice(0, 1), ru: ru.slice(0, 2) };
    const beads = [bead([0], [0], [0]), bead([1], [], [1])];
    expect(keys(projectBeads(beads, 'en', 'kk', units), 'en', 'kk')).toEqual(['0|0', '1|']);
    expect(keys(projectBeads([bead([], [], [1])], 'en', 'kk', units), 'en', 'kk')).toEqual([]);
  });
});
