import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrontCoded, encodeFrontCoded } from '../../../../src/terms/morphology/kk/front-coding.js';
import { foldKazakhWord } from '../../../../src/terms/morphology/kk/fold-word.js';
import { boundaryClassOf, harmonyOf } from '../../../../src/terms/morphology/kk/letters.js';
import { builtInKazakhLexicon, createKazakhLexicon, createKazakhLemmatiser } from '../../../../src/terms/morphology/kk/index.js';
import { verbRootsOfVerbalNoun } from '../../../../src/terms/morphology/kk/lexicon.js';
import { formsDenyStem, ownListedForms } from '../../../../src/terms/morphology/kk/paradigm-support.js';
import { splitHyphenated } from '../../../../src/terms/morphology/kk/split-hyphenated.js';
import { isIntensivePrefix } from '../../../../src/terms/morphology/kk/intensive-reduplication.js';

describe('front coding', () => {
  it('round-trips sorted word lists', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'абвгдеәіңқ'), minLength: 1, maxLength: 12 })), (words) => {
        const sorted = [...words].sort();
        expect(decodeFrontCoded(encodeFrontCoded(sorted))).toEqual(sorted);
      }),
    );
  });
});

describe('foldKazakhWord', () => {
  it.each([
    ['Бiлiм', 'білім', 'Latin i inside a Cyrillic word'],
    ['Қазақстан', 'қазақстан', 'lower case'],
    ['бі\u00ADлім', 'білім', 'soft hyphen removed'],
    ['БҰҰ\u2013ның', 'бұұ-ның', 'en dash becomes a hyphen'],
    ['DNA', 'dna', 'Latin word only lower-cased'],
    ['ə\u0301', 'ə\u0301', 'no Cyrillic: left alone apart from case'],
  ])('%s → %s (%s)', (word, folded) => {
    expect(foldKazakhWord(word)).toBe(folded);
  });
});

describe('letters', () => {
  it.each([
    ['бала', 'back'],
    ['үй', 'front'],
    ['мемлекет', 'front'],
    ['кинофестиваль', 'front'],
    ['тарих', 'any'],
    ['назарбаев', 'any'],
    ['әуезов', 'any'],
    ['мұқанов', 'back'],
  ])('harmony of %s is %s', (stem, harmony) => {
    expect(harmonyOf(stem)).toBe(harmony);
  });

  it.each([
    ['бала', 'vowel'],
    ['тау', 'glide'],
    ['ми', 'glide'],
    ['адам', 'nasal'],
    ['қыз', 'liquid'],
    ['билік', 'voiceless'],
    ['клуб', 'voiceless'],
  ])('%s ends in class %s', (stem, cls) => {
    expect(boundaryClassOf(stem)).toBe(cls);
  });
});

describe('lexicon', () => {
  it('derives verb roots from verbal nouns, undoing voicing and fusion', () => {
    expect(verbRootsOfVerbalNoun('басқару')).toEqual(['басқар']);
    expect(verbRootsOfVerbalNoun('ағу')).toEqual(['ағ', 'ақ']);
    // ю writes й + у, except after и.
    expect(verbRootsOfVerbalNoun('сүю')).toEqual(['сүй']);
    expect(verbRootsOfVerbalNoun('кию')).toEqual(['ки']);
  });

  it('files a listed passive stem with listed verb forms as a verb stem, not a noun', () => {
    // hunspell-kk files жеткізіл (жеткіз- + passive -іл) among nouns, beside жеткізілген, жеткізіледі.
    const lexicon = createKazakhLexicon(['жеткізіл', 'жеткізілген', 'жеткізіледі', 'қызыл'], ['жеткізу', 'қызу']);
    expect(lexicon.hasWord('жеткізіл')).toBe(false);
    expect(lexicon.hasVerbRoot('жеткізіл')).toBe(true);
    // A noun of the same shape without listed verb forms stays a noun.
    expect(lexicon.hasWord('қызыл')).toBe(true);
  });

  it('takes no root from a verbal noun listed beside its own -у form (сау beside сауу)', () => {
    const lexicon = createKazakhLexicon([], ['сау', 'сауу', 'күю']);
    expect(lexicon.hasVerbRoot('сау')).toBe(true);
    expect(lexicon.hasVerbRoot('са')).toBe(false);
    expect(lexicon.hasVerbRoot('күй')).toBe(true);
    expect(lexicon.hasVerbRoot('кү')).toBe(false);
  });

  it('ships the hunspell-kk list', () => {
    const lexicon = builtInKazakhLexicon();
    expect(lexicon.hasWord('билік')).toBe(true);
    expect(lexicon.hasWord('мемлекет')).toBe(true);
    expect(lexicon.hasVerbalNoun('басқару')).toBe(true);
    expect(lexicon.hasVerbRoot('басқар')).toBe(true);
    // Truncated entries of the source list are dropped by the generator.
    expect(lexicon.hasWord('мүмк')).toBe(false);
  });

  it('lets a caller add attested words (a corpus) that decide unlisted stems', () => {
    const lexicon = createKazakhLexicon(['кітап']);
    const plain = createKazakhLemmatiser({ lexicon });
    const withCorpus = createKazakhLemmatiser({ lexicon, extraWords: ['Сәтбаев'] });
    expect(withCorpus.lemma('сәтбаевтың')).toBe('сәтбаев');
    expect(plain.lemma('кітабы')).toBe('кітап');
  });
});

describe('splitHyphenated', () => {
  it('separates endings and particles from compounds', () => {
    expect(splitHyphenated('бұұ-ның')).toEqual({ kind: 'ending', base: 'бұұ', ending: 'ның', particle: false });
    expect(splitHyphenated('жасаған-ау')).toEqual({ kind: 'ending', base: 'жасаған', ending: 'ау', particle: true });
    expect(splitHyphenated('ата-аналардың')).toEqual({ kind: 'compound', head: 'ата-', last: 'аналардың' });
    expect(splitHyphenated('билік')).toBeNull();
  });
});

describe('corpus stems', () => {
  it('lets the corpus settle a root that looks like stem + ending', () => {
    const corpus = ['өзге', 'өзгелері', 'өзгені', 'өзгесін'];
    const aware = createKazakhLemmatiser({ corpusWords: corpus });
    expect(corpus.map((word) => aware.lemma(word))).toEqual(['өзге', 'өзге', 'өзге', 'өзге']);
  });

  it('does not let the corpus license endings that belong to roots', () => {
    const aware = createKazakhLemmatiser({ corpusWords: ['қан', 'қанды', 'қанда', 'қанның', 'қандай'] });
    expect(aware.lemma('қандай')).toBe('қандай');
    expect(aware.lemma('қанның')).toBe('қан');
  });

  it('is still idempotent on its keys', () => {
    const corpus = ['қатын', 'қатыны', 'қатынын', 'елі', 'елінің', 'ел', 'өзге', 'өзгені', 'билігі', 'биліктің'];
    const aware = createKazakhLemmatiser({ corpusWords: corpus });
    for (const word of corpus) expect(aware.lemma(aware.lemma(word))).toBe(aware.lemma(word));
  });
});

describe('robustness', () => {
  it('never throws and always returns a lower-case string, whatever the token', async () => {
    const { kazakhLemma, kazakhIzafetHead, kazakhStripToNominative } = await import('../../../../src/terms/morphology/kk/index.js');
    const token = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'АаӘәБбҒғҚқҢңӨөҰұҮүІіIi-–\u00AD0123456789') }),
    );
    fc.assert(
      fc.property(token, (word) => {
        for (const result of [kazakhLemma(word), kazakhIzafetHead(word), kazakhStripToNominative(word)]) {
          expect(typeof result).toBe('string');
          expect(result).toBe(result.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('own listed forms (paradigm-support.ts)', () => {
  const lexicon = builtInKazakhLexicon();

  it('finds the listed inflections of a listed word', () => {
    expect(ownListedForms('пайда', lexicon)).toContain('пайдаға');
    expect(ownListedForms('өзге', lexicon)).toContain('өзгелер');
  });

  it('says an inflection denies a shorter stem only when no chain of endings leads there', () => {
    // пайдаға cannot be пай + да + ға (two cases in a row).
    expect(formsDenyStem(['пайдаға'], 'пайда', 'пай', 'N', lexicon)).toBe(true);
    // ақырында is ақыр + ы + нда: no evidence against ақыр + ы + н for ақырын.
    expect(formsDenyStem(['ақырында'], 'ақырын', 'ақыр', 'N', lexicon)).toBe(false);
    // ойыны is ойын + ы, another listed stem: it says nothing about ойы.
    expect(formsDenyStem(['ойыны'], 'ойы', 'ой', 'N', lexicon)).toBe(false);
  });
});

describe('isIntensivePrefix', () => {
  it('recognises the first syllable closed by п or м', () => {
    expect(isIntensivePrefix('тап', 'таза')).toBe(true);
    expect(isIntensivePrefix('ап', 'анық')).toBe(true);
    expect(isIntensivePrefix('жап', 'жасыл')).toBe(true);
  });

  it('rejects paired words and other compounds', () => {
    expect(isIntensivePrefix('бетпе', 'бет')).toBe(false);
    expect(isIntensivePrefix('ата', 'ана')).toBe(false);
    expect(isIntensivePrefix('қап', 'қап')).toBe(false);
  });
});
