import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = ['dist/src/cli.js'];

describe('tilmash CLI', () => {
  it('prints its version', () => {
    const version = execFileSync('node', [...cli, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(['build', 'segment', 'align', 'lemma', 'review'])('has --help on `%s`', (command) => {
    const result = spawnSync('node', [...cli, command, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`tilmash ${command}`);
  });

  it('exits with 2 on a usage error', () => {
    const result = spawnSync('node', [...cli, 'segment', '--lang', 'fr'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lang');
  });
});
