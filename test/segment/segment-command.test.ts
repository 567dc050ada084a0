import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// End to end through the built CLI (`npm test` builds first; by hand: `npx tsc -p tsconfig.build.json`).
const cli = 'dist/src/cli.js';
const fixtures = 'test/fixtures/segment';
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function langOf(name: string): string {
  return name.slice(name.lastIndexOf('-') + 1);
}

describe('tilmash segment', () => {
  it.each(cases)('segments %s', async (name) => {
    const input = path.join(fixtures, name, 'input.txt');
    const result = spawnSync('node', [cli, 'segment', '--lang', langOf(name), input], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(path.resolve(fixtures, name, 'expected.txt'));
  });

  it('reads standard input when no file is given', () => {
    const input = readFileSync(path.join(fixtures, 'stray-full-stop-seed-000-ru', 'input.txt'), 'utf8');
    const result = spawnSync('node', [cli, 'segment', '--lang', 'ru'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(fixtures, 'stray-full-stop-seed-000-ru', 'expected.txt'), 'utf8'));
  });

  it('writes one sentence per line and a blank line between paragraphs', () => {
    const input = 'Бірінші сөйлем. Екінші\nсөйлем.\n\n\n## Тақырып\n1. Тізім. 2. Тағы.\n';
    const result = spawnSync('node', [cli, 'segment', '--lang', 'kk'], { input, encoding: 'utf8' });
    expect(result.stdout).toBe('Бірінші сөйлем.\nЕкінші сөйлем.\n\n## Тақырып\n1. Тізім.\n2. Тағы.\n');
  });

  it('exits with 2 and names the file when it cannot be read', () => {
    const result = spawnSync('node', [cli, 'segment', '--lang', 'en', 'no-such-file.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-file.txt');
  });
});
