// Quality floor on three ntrex-dev tasks kept as fixtures (the full figures come from `npm run eval`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignUnits, projectBeads } from '../../src/align/index.js';
import type { Lang } from '../../src/model/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'align');
const LANGS: Lang[] = ['en', 'kk', 'ru'];
type IndexBead = Partial<Record<Lang, number[]>>;

function lines(file: string): string[] {
  const out = readFileSync(file, 'utf8').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function strictF1(system: IndexBead[], gold: IndexBead[], langs: Lang[]): number {
  const key = (bead: IndexBead) => langs.map((lang) => (bead[lang] ?? []).join(',')).join('|');
  const goldKeys = new Set(gold.map(key));
  const right = system.filter((bead) => goldKeys.has(key(bead))).length;
  return (2 * right) / (system.length + gold.length);
}

const tasks = readdirSync(fixtures)
  .filter((name) => name.startsWith('ntrex-'))
  .sort()
  .map((name) => {
    const dir = path.join(fixtures, name);
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { beads: IndexBead[]; pair_beads: Record<string, IndexBead[]> };
    const units = Object.fromEntries(LANGS.map((lang) => [lang, lines(path.join(dir, `${lang}.txt`))])) as Record<Lang, string[]>;
    return { name, gold, units };
  });

describe('alignUnits on ntrex-dev fixtures', () => {
  it('has the fixtures', () => expect(tasks.length).toBe(3));

  it.each(tasks.map((task) => [task.name, task] as const))('aligns %s well above a length-only floor', (_, task) => {
    const beads = alignUnits(task.units);
    // Each task has only 10–20 beads, so one wrong bead costs 5–10 points: the floors are per task.
    expect(strictF1(beads, task.gold.beads, LANGS)).toBeGreaterThanOrEqual(0.7);
    for (const pair of ['en-kk', 'en-ru', 'kk-ru']) {
      const [a, b] = pair.split('-') as [Lang, Lang];
      expect(strictF1(projectBeads(beads, a, b, task.units), task.gold.pair_beads[pair], [a, b])).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('reaches 0.85 strict 3-way bead F1 over the three tasks', () => {
    const system = tasks.flatMap((task, t) => alignUnits(task.units).map((bead) => ({ ...bead, task: t })));
    const gold = tasks.flatMap((task, t) => task.gold.beads.map((bead) => ({ ...bead, task: t })));
    const key = (bead: IndexBead & { task: number }) => `${bead.task}:` + LANGS.map((lang) => (bead[lang] ?? []).join(',')).join('|');
    const goldKeys = new Set(gold.map(key));
    const right = system.filter((bead) => goldKeys.has(key(bead))).length;
    expect((2 * right) / (system.length + gold.length)).toBeGreaterThanOrEqual(0.85);
  });

  it('beats the Gale–Church length-only baseline on the three tasks together', () => {
    let joint = 0;
    let length = 0;
    for (const task of tasks) {
      joint += strictF1(alignUnits(task.units), task.gold.beads, LANGS);
      length += strictF1(alignUnits(task.units, { method: 'length' }), task.gold.beads, LANGS);
    }
    expect(joint).toBeGreaterThan(length);
  });
});
