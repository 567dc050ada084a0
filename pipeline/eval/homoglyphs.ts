// Look-alike letter repair on synthetic damage: NTREX paragraphs (<ntrex dataset>/raw/<doc>/<lang>.txt) get the
// letter damage PDF conversion leaves in Cyrillic text, and `normalize` must give back the text it gives for the
// undamaged paragraph. Two kinds of damage (kazakh-morphology.md §10):
// - a font without the Kazakh letters: every і, һ, ә, ө, ғ of the Kazakh text becomes Latin i, h, schwa ə,
//   barred ɵ, Ukrainian ґ;
// - look-alikes mixed in: each Cyrillic letter that has a Latin twin (а е о р с х у к, і in Kazakh…) is the Latin
//   one with a small chance, as text copied through a Latin-encoded layer leaves it; in English text the other
//   way round (`Kazаkhstan`).
// A word left with no letter of its own script (`ic` for `іс`) cannot be told from a word of the other script by
// its letters; such words are counted apart.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/model/index.js';
import { normalize } from '../../src/normalize/index.js';
import { seededRandom } from '../seeded-random.js';
import { bodyDocument } from './body-document.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';

/** The Kazakh letters a font without them loses, and what the conversion writes instead. */
const KAZAKH_LETTERS_LOST: Record<string, string> = { і: 'i', І: 'I', һ: 'h', ә: 'ə', Ә: 'Ə', ө: 'ɵ', Ө: 'Ɵ', ғ: 'ґ', Ғ: 'Ґ' };
/** Cyrillic letters with a Latin twin, and the twin. */
const LATIN_TWINS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', к: 'k',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
};
const KAZAKH_LATIN_TWINS: Record<string, string> = { ...LATIN_TWINS, і: 'i', І: 'I', һ: 'h' };
/** Latin letters with a Cyrillic twin, and the twin (for English text). */
const CYRILLIC_TWINS: Record<string, string> = Object.fromEntries(Object.entries(LATIN_TWINS).map(([cyrillic, latin]) => [latin, cyrillic]));
/** Share of twin letters replaced in the mixed damage. */
const MIXED_RATE = 0.05;

type Damage = 'font without Kazakh letters' | 'look-alikes of the other script mixed in';

/** A letter of the language's own script: a damaged word with none left looks like a word of the other script. */
const OWN_SCRIPT: Record<Lang, RegExp> = { en: /\p{Script=Latin}/u, kk: /\p{Script=Cyrillic}/u, ru: /\p{Script=Cyrillic}/u };

function damageText(text: string, lang: Lang, damage: Damage, rand: () => number): string {
  if (damage === 'font without Kazakh letters') return text.replace(/[іІһәӘөӨғҒ]/gu, (ch) => KAZAKH_LETTERS_LOST[ch]);
  const twins = lang === 'en' ? CYRILLIC_TWINS : lang === 'kk' ? KAZAKH_LATIN_TWINS : LATIN_TWINS;
  let out = '';
  for (const ch of text) out += twins[ch] !== undefined && rand() < MIXED_RATE ? twins[ch] : ch;
  return out;
}

function normalizedParagraphs(id: string, lang: Lang, paragraphs: readonly string[]): string[] {
  return normalize(bodyDocument(id, lang, paragraphs), () => {}).sections[0].paragraphs.map((paragraph) => paragraph.text);
}

interface Tally {
  damaged: number;
  restored: number;
  /** Damaged words with no letter of the language's script left: nothing in the word says which script it is. */
  noOwnLetterLeft: number;
  noOwnLetterRestored: number;
  /** Words the damage did not touch that normalize changed all the same. */
  undamaged: number;
  wronglyChanged: number;
  errors: string[];
}

/**
 * Damages every paragraph of one language's raw texts and compares, word by word, `normalize` of the damaged
 * paragraph with `normalize` of the original (the damage replaces letters one for one, so the words line up).
 */
function measure(rawDir: string, lang: Lang, damage: Damage): Tally {
  const tally: Tally = { damaged: 0, restored: 0, noOwnLetterLeft: 0, noOwnLetterRestored: 0, undamaged: 0, wronglyChanged: 0, errors: [] };
  const rand = seededRandom(20261123);
  for (const doc of readdirSync(rawDir).sort()) {
    const original = readFileSync(path.join(rawDir, doc, `${lang}.txt`), 'utf8').split(/\n\s*\n/).filter((p) => p.trim() !== '');
    const damaged = original.map((paragraph) => damageText(paragraph, lang, damage, rand));
    const clean = normalizedParagraphs(doc, lang, original);
    const repaired = normalizedParagraphs(doc, lang, damaged);
    original.forEach((paragraph, p) => {
      const before = paragraph.split(/\s+/u);
      const after = damaged[p].split(/\s+/u);
      const want = clean[p].split(/\s+/u);
      const got = repaired[p].split(/\s+/u);
      // Normalize may join or split words (hyphens, spaces) the same way in both; compare only when the words line up.
      if (before.length !== after.length || want.length !== got.length || want.length !== before.length) return;
      before.forEach((word, w) => {
        const right = got[w] === want[w];
        if (after[w] === word) {
          tally.undamaged++;
          if (!right) {
            tally.wronglyChanged++;
            if (tally.errors.length < 10) tally.errors.push(`  ${lang} ${damage}: ${word} became ${got[w]}`);
          }
          return;
        }
        tally.damaged++;
        if (right) tally.restored++;
        if (!OWN_SCRIPT[lang].test(after[w])) {
          tally.noOwnLetterLeft++;
          if (right) tally.noOwnLetterRestored++;
        } else if (!right && tally.errors.length < 10) tally.errors.push(`  ${lang} ${damage}: ${after[w]} became ${got[w]}, expected ${want[w]}`);
      });
    });
  }
  return tally;
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${part} (${((100 * part) / whole).toFixed(1)}%)`;
}

/**
 * Every ntrex dataset with `raw/`: Kazakh, Russian and English texts damaged as PDF conversion damages them, repaired by
 * `normalize` (its look-alike folding). Nothing is fitted here: folding is a fixed table of letter twins.
 */
export const homoglyphsEvaluator: Evaluator = {
  name: 'homoglyphs',
  needs: ['ntrex-raw'],
  async run({ datasets, print }) {
    const checks: EvalCheck[] = [];
    for (const dataset of datasets.ntrex) {
      if (!dataset.raw) continue;
      const rows: Array<Array<string | number>> = [
        ['lang', 'damage', 'damaged words', 'restored', 'with a letter of its script left', 'restored', 'undamaged words changed'],
      ];
      const errors: string[] = [];
      const cases: Array<[Lang, Damage]> = [
        ['kk', 'font without Kazakh letters'],
        ['kk', 'look-alikes of the other script mixed in'],
        ['ru', 'look-alikes of the other script mixed in'],
        ['en', 'look-alikes of the other script mixed in'],
      ];
      let mixedDamaged = 0;
      let mixedRestored = 0;
      let undamaged = 0;
      let wronglyChanged = 0;
      for (const [lang, damage] of cases) {
        const tally = measure(dataset.raw, lang, damage);
        const mixed = tally.damaged - tally.noOwnLetterLeft;
        const mixedRight = tally.restored - tally.noOwnLetterRestored;
        rows.push([lang, damage, tally.damaged, share(tally.restored, tally.damaged), mixed, share(mixedRight, mixed), `${tally.wronglyChanged} of ${tally.undamaged}`]);
        errors.push(...tally.errors);
        mixedDamaged += mixed;
        mixedRestored += mixedRight;
        undamaged += tally.undamaged;
        wronglyChanged += tally.wronglyChanged;
      }
      if (checks.length > 0) print('');
      print(`${dataset.name}:`);
      print(formatTable(rows));
      if (errors.length > 0) print('\nfirst errors:\n' + errors.join('\n'));
      checks.push(
        { name: `${dataset.name} damaged words with a letter of their script left restored`, value: mixedRestored / Math.max(1, mixedDamaged), min: 0.99 },
        { name: `${dataset.name} undamaged words changed (of ${undamaged})`, value: wronglyChanged, atMost: 0 },
      );
    }
    return checks;
  },
};
