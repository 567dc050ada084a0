import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKazakhClauseFinalVerb } from '../../src/terms/is-kazakh-clause-final-verb.js';

// UD_Kazakh-KTB forms with their gold part of speech (see test/fixtures/terms/kk/ktb-forms/README.md).
const rows = readFileSync(new URL('../fixtures/terms/kk/ktb-forms/forms.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

function share(upos: (tag: string) => boolean): number {
  const forms = rows.filter(([, , tag]) => upos(tag)).map(([form]) => form);
  return forms.filter((form) => isKazakhClauseFinalVerb(form)).length / forms.length;
}

describe('isKazakhClauseFinalVerb', () => {
  it.each(['айналды', 'бастады', 'қалыптасты', 'қарастырылады', 'көрсетеді', 'реттеп'])('%s closes a clause as a verb', (form) => {
    expect(isKazakhClauseFinalVerb(form)).toBe(true);
  });

  it.each(['билік', 'қоғам', 'жүйе', 'тұрғындар', 'жылдың', 'биліктің'])('%s stays a noun', (form) => {
    expect(isKazakhClauseFinalVerb(form)).toBe(false);
  });

  it('takes many UD verb forms and few nominal ones', () => {
    expect(share((tag) => tag === 'VERB')).toBeGreaterThan(0.3);
    expect(share((tag) => tag !== 'VERB')).toBeLessThan(0.03);
  });
});
