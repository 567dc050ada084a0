// A merge in one language judged against the other two pairs (fixture: test/fixtures/align/merge-not-drop/, from
// NTREX-128, CC BY-SA 4.0, see its README).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/align/index.js';
import type { Lang } from '../../src/model/index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'align', 'merge-not-drop');

function lines(lang: Lang): string[] {
  const out = readFileSync(path.join(dir, `${lang}.txt`), 'utf8').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

describe('alignUnits: a merge in one language', () => {
  it('keeps two sentences of English and Russian with the Kazakh unit that joined them, not a Kazakh gap', () => {
    const units = { en: lines('en'), kk: lines('kk'), ru: lines('ru') };
    expect([units.en.length, units.kk.length, units.ru.length]).toEqual([20, 17, 19]);
    const beads = alignUnits(units).map((bead) => `${bead.en.join(',')}|${bead.kk.join(',')}|${bead.ru.join(',')}`);
    expect(beads).toContain('15,16|13|14,15');
    // The neighbours stay one to one.
    expect(beads).toContain('14|12|13');
    expect(beads).toContain('17|14|16');
    // No bead claims a sentence Kazakh lacks.
    expect(beads.filter((bead) => bead.split('|')[1] === '')).toEqual([]);
  });
});
