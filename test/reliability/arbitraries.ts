// fast-check generators of hostile article text: random Unicode weighted towards what real files hold
// (Cyrillic, Kazakh and Latin letters, combining marks, astral characters, control characters, Markdown marks,
// section labels), seeds cut at random points, huge lines, and articles rebuilt from the language parts of seed
// 000 in any order with parts dropped or emptied.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Lang } from '../../src/model/index.js';

/** The bundled seeds (in the repository's `corpus/`, so a fresh clone has them). */
export const SEED_000 = readFileSync(new URL('../../corpus/000_9b0e67f1d2ff5f5f.txt', import.meta.url), 'utf8');
export const SEED_002 = readFileSync(new URL('../../corpus/002_6398f6ef83f0fe8e.txt', import.meta.url), 'utf8');

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const KAZAKH = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
/** Letters that look alike across the scripts: words mixing them are what PDF extraction and typists leave. */
const LOOK_ALIKES = 'aceopxyABCEHKMOPTXаеорсухАВЕКМНОРСТХіІ';

const chars = (alphabet: string) => fc.constantFrom(...Array.from(alphabet));
const word = (alphabet: string, maxLength = 12) => fc.string({ unit: chars(alphabet), minLength: 1, maxLength });

/** Astral characters (surrogate pairs in UTF-16): emoji, mathematical letters, CJK extension B. */
const astral = fc.oneof(
  fc.integer({ min: 0x1f300, max: 0x1f64f }),
  fc.integer({ min: 0x1d400, max: 0x1d7ff }),
  fc.integer({ min: 0x20000, max: 0x2a6df }),
).map((code) => String.fromCodePoint(code));

/** C0 and C1 controls (NUL included), and the invisible format characters Word and PDF tools leave. */
const control = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u0000', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029', '\u00a0', '\u202f', '\ufffd'),
);

/** Combining marks: Latin diacritics and Cyrillic titlo/palatalisation marks, alone or stacked. */
const combining = fc.oneof(
  fc.integer({ min: 0x300, max: 0x36f }),
  fc.integer({ min: 0x483, max: 0x489 }),
).map((code) => String.fromCharCode(code));

const punctuation = fc.constantFrom(
  '.', ',', ';', ':', '!', '?', '-', '–', '—', '‐', '«', '»', '"', "'", '(', ')', '[', ']', '…', '/', '№', '%', '…', '. ', '? ', '! ',
);
const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '  ', '\n\n\n');
const markup = fc.constantFrom('# ', '## ', '### ', '#### ', '**', '*', '_', '`', '> ', '- ', '1. ', '2) ', '<sup>1</sup>', '<b>', '</b>', '\\*', '  \n', '|');
/** Labels that steer the ingest stage's section detection. */
const label = fc.constantFrom(
  'Abstract', 'Аңдатпа', 'Аннотация', 'Key words:', '**Key words:**', 'Кілт сөздер:', '**Ключевые слова:**', 'Keywords.',
  'References', '#### Reference', 'Әдебиеттер', 'Список литературы', 'Introduction.', '**Кіріспе.**', 'Введение',
  'E-mail:', 'PhD student of Al-Farabi Kazakh National University', 'ӘОЖ 32.001', 'УДК 321', 'IRSTI 11.15.',
);
const number = fc.oneof(fc.nat({ max: 2100 }).map(String), fc.constantFrom('1.', '12.', '3)', '1998', '2,5', '10-15', 'I.', 'XIV'));
/** A lone half of a surrogate pair: not valid Unicode, but a JavaScript string can hold it. */
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');

/** One piece of hostile text; the weights keep most of it word-like, so the later stages get work to do. */
const piece = fc.oneof(
  { weight: 10, arbitrary: word(LATIN) },
  { weight: 10, arbitrary: word(CYRILLIC) },
  { weight: 8, arbitrary: word(CYRILLIC + KAZAKH) },
  { weight: 3, arbitrary: word(LOOK_ALIKES) },
  { weight: 12, arbitrary: space },
  { weight: 6, arbitrary: punctuation },
  { weight: 3, arbitrary: markup },
  { weight: 2, arbitrary: label },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: combining },
  { weight: 2, arbitrary: astral },
  { weight: 2, arbitrary: control },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Random Unicode text, mostly word-like, with every kind of trouble mixed in. */
export const hostileText = (maxPieces = 300): fc.Arbitrary<string> =>
  fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Like `hostileText`, sometimes with lone surrogates (only a string handed to a stage can hold them). */
export const hostileString = (maxPieces = 300): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 40, arbitrary: piece }, { weight: 1, arbitrary: loneSurrogate }), { maxLength: maxPieces }).map((p) => p.join(''));

/** A seed cut at random points: a prefix, a suffix or a window (at most `maxLength` UTF-16 units). */
export const truncatedSeed = (maxLength = 8000): fc.Arbitrary<{ seed: string; text: string }> =>
  fc
    .record({
      seed: fc.constantFrom('000', '002'),
      cut: fc.constantFrom('prefix', 'suffix', 'window'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: maxLength }),
    })
    .map(({ seed, cut, at, length }) => {
      const source = seed === '000' ? SEED_000 : SEED_002;
      const point = Math.floor(at * source.length);
      const text =
        cut === 'prefix'
          ? source.slice(Math.max(0, point - length), point)
          : cut === 'suffix'
            ? source.slice(point, point + length)
            : source.slice(point, Math.min(source.length, point + length));
      return { seed, text };
    });

/** Seed 000 by parts: the three front matters, the body paragraphs and the two reference lists. */
export interface SeedParts {
  front: Record<'en' | 'kk' | 'ru', string>;
  bodyParagraphs: string[];
  references: { en: string; kk: string };
}

/** Cuts seed 000 at its author lines, the first body label and the reference headings (found, not hard-coded offsets). */
export function seed000Parts(): SeedParts {
  const lines = SEED_000.split('\n');
  const at = (pattern: RegExp, from = 0) => {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index < 0) throw new Error(`seed 000 no longer has a line matching ${pattern}; update seed000Parts`);
    return index;
  };
  const kkStart = at(/^\*Сулеймен/);
  const ruStart = at(/^\*Сулеймен/, kkStart + 1);
  const bodyStart = at(/^\*\*Introduction/);
  const enReferences = at(/^#+ Reference/);
  const kkReferences = at(/^\*Пайдаланылған/);
  const slice = (from: number, to: number) => lines.slice(from, to).join('\n').trim();
  return {
    front: { en: slice(0, kkStart), kk: slice(kkStart, ruStart), ru: slice(ruStart, bodyStart) },
    bodyParagraphs: slice(bodyStart, enReferences).split(/\n\s*\n/),
    references: { en: slice(enReferences, kkReferences), kk: slice(kkReferences, lines.length) },
  };
}

/**
 * Empties a front matter's parts: the abstract under its heading, the keyword list after its label, the
 * title after its `##` marks. What remains is a heading with nothing under it.
 */
function emptyParts(front: string, what: { abstract: boolean; keywords: boolean; title: boolean }): string {
  let text = front;
  // The abstract is the paragraph right after the `### *Abstract*` heading.
  if (what.abstract) text = text.replace(/(^###[^\n]*\n)\n[^\n]+/m, '$1');
  if (what.keywords) text = text.replace(/^(\*\*[^*\n]+:\*\*)[^\n]*/m, '$1');
  if (what.title) text = text.replace(/^(##) [^\n]*/m, '$1');
  return text;
}

const NOTHING_EMPTIED = { abstract: false, keywords: false, title: false };
const emptied = fc.oneof(
  { weight: 2, arbitrary: fc.constant(NOTHING_EMPTIED) },
  { weight: 1, arbitrary: fc.record({ abstract: fc.boolean(), keywords: fc.boolean(), title: fc.boolean() }) },
);

export interface RebuiltArticle {
  text: string;
  /** Languages whose front matter is in the text with a title, abstract or keyword list left in it. */
  languages: Lang[];
  /** Languages whose abstract is in the text under its heading (not emptied). */
  abstracts: Lang[];
  /** True when the parts are joined by one line break (no blank line between a keyword line and the next part). */
  singleLineBreaks: boolean;
}

/** An article rebuilt from seed 000: some of en/kk/ru in any order, parts emptied, some body and references. */
export const rebuiltArticle = (parts: SeedParts): fc.Arbitrary<RebuiltArticle> =>
  fc
    .record({
      languages: fc.shuffledSubarray(['en', 'kk', 'ru'] as const, { minLength: 0, maxLength: 3 }),
      emptied: fc.array(emptied, { minLength: 3, maxLength: 3 }),
      body: fc.subarray(parts.bodyParagraphs.map((_, i) => i), { maxLength: 4 }),
      references: fc.shuffledSubarray(['en', 'kk'] as const, { minLength: 0, maxLength: 2 }),
      bodyFirst: fc.boolean(),
      joiner: fc.constantFrom('\n\n', '\n', '\n\n\n'),
      windowsLineEnds: fc.boolean(),
    })
    .map(({ languages, emptied, body, references, bodyFirst, joiner, windowsLineEnds }) => {
      const fronts = languages.map((lang, i) => emptyParts(parts.front[lang], emptied[i]));
      const bodyText = body.map((i) => parts.bodyParagraphs[i]);
      const blocks = bodyFirst ? [...bodyText, ...fronts] : [...fronts, ...bodyText];
      blocks.push(...references.map((lang) => parts.references[lang]));
      const text = blocks.join(joiner);
      return {
        text: windowsLineEnds ? text.replace(/\n/g, '\r\n') : text,
        languages: languages.filter((_, i) => !(emptied[i].abstract && emptied[i].keywords && emptied[i].title)),
        abstracts: languages.filter((_, i) => !emptied[i].abstract),
        singleLineBreaks: joiner === '\n',
      };
    });

/** About 100 KB without a line break, of the given kind. */
export function hugeLine(kind: 'kazakh-sentences' | 'english-sentences' | 'keyword-list' | 'heading' | 'hyphenated' | 'one-word', size = 100_000): string {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  switch (kind) {
    case 'kazakh-sentences':
      return fill('Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады. ');
    case 'english-sentences':
      return fill('The subject of power can be an individual, body, organization or social association. ');
    case 'keyword-list':
      return `**Key words:** ${fill('philosophy of power, modern society, ')}`;
    case 'heading':
      return `## ${fill('ФИЛОСОФИЯ ВЛАСТИ В СОВРЕМЕННОМ ОБЩЕСТВЕ ')}`;
    case 'hyphenated':
      return fill('социально-экономический бағыну- шы post- Soviet ');
    case 'one-word':
      return fill('абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі');
  }
}
