import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatLemmaLines } from '../../pipeline/commands/lemma.js';
import { lemmaKey } from '../../src/terms/morphology/index.js';

describe('tilmash lemma output', () => {
  it('writes word<TAB>key per line and keeps blank lines', () => {
    const out = formatLemmaLines(['власти', ' властью ', '', 'ёлки'], (w) => lemmaKey(w, 'ru'));
    expect(out).toBe('власти\tвласть\nвластью\tвласть\n\nёлки\tелка\n');
  });
});

describe('tilmash lemma (built CLI)', () => {
  const run = (lang: string, input: string) =>
    spawnSync('node', ['dist/src/cli.js', 'lemma', '--lang', lang], { input, encoding: 'utf8' });

  it.each([
    ['ru', 'власти\nВластью\n', 'власти\tвласть\nВластью\tвласть\n'],
    ['en', 'societies\nstate\n', 'societies\tsociety\nstate\tstate\n'],
    ['kk', 'биліктің\nбилігі\n', 'биліктің\tбилік\nбилігі\tбилік\n'],
  ])('groups %s word forms from standard input', (lang, input, expected) => {
    const result = run(lang, input);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
  });

  it('exits with 2 on an unknown language', () => {
    expect(run('de', 'Macht\n').status).toBe(2);
  });
});
