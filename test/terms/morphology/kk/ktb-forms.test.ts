import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseKazakhWord, kazakhLemma } from '../../../../src/terms/morphology/kk/index.js';

/** The key of a word read as a nominal (a verb form's key is its listed verb root, not a form to re-read). */
function nominalKey(word: string): string | null {
  const analysis = analyseKazakhWord(word);
  return analysis.reading?.category === 'V' ? null : analysis.lemma;
}

const fixtureDir = path.resolve(__dirname, '../../../fixtures/terms/kk/ktb-forms');
const rows = readFileSync(path.join(fixtureDir, 'forms.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t'));
const forms = [...new Set(rows.map(([form]) => form))];

/** Kazakh endings to glue onto dev-like words, so the property also sees unseen inflected forms. */
const endings = ['', 'дың', 'нің', 'ға', 'ке', 'да', 'те', 'дан', 'нен', 'лар', 'тер', 'ы', 'сі', 'ын', 'мен', 'дағы'];

describe('kazakhLemma on treebank forms (ud-kk sample)', () => {
  it('gives the golden keys', async () => {
    const keys = Object.fromEntries(forms.map((form) => [form, kazakhLemma(form)]));
    await expect(JSON.stringify(keys, null, 2) + '\n').toMatchFileSnapshot(path.join(fixtureDir, 'expected.json'));
  });

  it('is idempotent on its own nominal keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom(...endings), (form, ending) => {
        const key = nominalKey(form + ending);
        if (key !== null) expect(kazakhLemma(key)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns lower-case keys no longer than the folded form (plus a restored vowel)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), (form) => {
        const key = kazakhLemma(form);
        expect(key).toBe(key.toLowerCase());
        expect(key.length).toBeLessThanOrEqual(form.length + 1);
        expect(key.length).toBeGreaterThan(0);
      }),
    );
  });

  it('is idempotent on arbitrary Cyrillic strings read as nominals', () => {
    const letter = fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 14 }), (letters) => {
        const key = nominalKey(letters.join(''));
        if (key !== null) expect(kazakhLemma(key)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  it('keys a verb form by its listed verb root, which is not read again as a word', () => {
    // ud-kk-dev forms and their gold lemmas: the root ізде- is not із + locative, тыңда- is not тың + locative.
    expect(kazakhLemma('іздемейді')).toBe('ізде');
    expect(kazakhLemma('тыңдады')).toBe('тыңда');
    expect(kazakhLemma('құшақтап')).toBe('құшақта');
    // The noun form keeps its own key.
    expect(kazakhLemma('ізде')).toBe('із');
  });
});
