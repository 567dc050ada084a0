import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { collectHyphenEvidence, decideHyphen, foldWord, normalize, toSourceOffset } from '../../src/normalize/index.js';
import type { StageMessage } from '../../src/model/index.js';
import { documentOf, normalizeDoc, normalizeText } from './helpers.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}/input.txt`, import.meta.url), 'utf8');

function normalizeSeed(name: string) {
  const text = seed(name);
  const doc = ingest({ kind: 'source-text', schemaVersion: 1, id: name, file: `${name}.txt`, text }, () => {});
  const messages: StageMessage[] = [];
  return { text, doc, result: normalize(doc, (m) => messages.push(m)), messages };
}

describe('normalize: line-break hyphens in the seeds', () => {
  const s000 = normalizeSeed('seed-000');
  const s002 = normalizeSeed('seed-002');
  const repairs = [...s000.result.repairs, ...s002.result.repairs]
    .filter((r) => r.ruleId === 'join-line-break-hyphen')
    .map((r) => [r.actual, r.expected]);

  it.each([
    ['бағыну-шы', 'бағынушы'],
    ['азат-тық', 'азаттық'],
    ['формирова-ние', 'формирование'],
    ['con- cept', 'concept'],
    ['institu- tions', 'institutions'],
    ['so- cial', 'social'],
    ['Ka- zakhstan', 'Kazakhstan'],
    ['his- torical', 'historical'],
  ])('joins %s → %s', (actual, expected) => {
    expect(repairs).toContainEqual([actual, expected]);
  });

  it.each([
    ['ұлт- азат', 'ұлт-азат'],
    ['multi- party', 'multi-party'],
    ['socio- political', 'socio-political'],
  ])('keeps the hyphen of a real compound split at a line end: %s → %s', (actual, expected) => {
    expect(repairs).toContainEqual([actual, expected]);
  });

  it.each(['іс-қимыл', 'тыныс-тұрмысынан', 'әлеуметтік-экономикалық', 'мінез-құлықтарды', 'socio-political', 'post-totalitarian', 'Әл-Фараби'])(
    'leaves the real hyphenated word %s alone',
    (word) => {
      const all = [...s000.result.sections, ...s002.result.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
      const inSource = s000.text.includes(word) || s002.text.includes(word);
      if (inSource && !/Әл-Фараби/.test(word)) expect(all).toContain(word);
      expect(repairs.some(([actual]) => actual === word)).toBe(false);
    },
  );

  it('reports every repair as an info message with its source range, actual and expected', () => {
    const text = s000.text;
    for (const repair of s000.result.repairs) {
      expect(text.slice(repair.range.start, repair.range.end)).toBe(repair.actual);
      expect(s000.messages).toContainEqual(
        expect.objectContaining({ ruleId: repair.ruleId, severity: 'info', range: repair.range, actual: repair.actual, expected: repair.expected }),
      );
    }
    expect(s000.result.repairs.length).toBeGreaterThan(0);
  });

  it('turns the repaired Kazakh and Russian abstracts into clean text', () => {
    const kk = s000.result.sections.find((s) => s.kind === 'abstract' && s.lang === 'kk')!.paragraphs[0].text;
    const ru = s000.result.sections.find((s) => s.kind === 'abstract' && s.lang === 'ru')!.paragraphs[0].text;
    expect(kk).toContain('билікке бағынушы халық');
    expect(kk).toContain('ұлт-азаттық қозғалыстар');
    expect(ru).toContain('является формирование.');
  });
});

describe('join-line-break-hyphen messages', () => {
  it.each([
    ['kk', 'билікке бағыну-шы халық', 'бағыну-шы', 'бағынушы'],
    ['kk', 'ұлт- азаттық қозғалыс', 'ұлт- азаттық', 'ұлт-азаттық'],
    ['ru', 'является формирова-ние.', 'формирова-ние', 'формирование'],
    ['en', 'The con- cept of power', 'con- cept', 'concept'],
    ['en', 'the socio- political thought', 'socio- political', 'socio-political'],
  ] as const)('%s: %s → info with the span of %s', (lang, text, actual, expected) => {
    const { source, doc } = documentOf([{ lang, text: `Intro.\n\n${text}` }]);
    const { messages } = normalizeDoc(doc);
    const start = source.indexOf(actual);
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'join-line-break-hyphen', severity: 'info', range: { start, end: start + actual.length }, actual, expected }),
    ]);
  });

  it.each([
    ['kk', 'іс-қимыл жасау тетіктері'],
    ['kk', 'ҚазҰУ-нің докторанты'],
    ['ru', 'из-за кризиса'],
    ['en', 'a post-totalitarian state'],
    ['en', 'Power - ability to influence'],
  ] as const)('%s: %s → no message', (lang, text) => {
    const { doc } = documentOf([{ lang, text }]);
    expect(normalizeDoc(doc).messages).toEqual([]);
  });
});

describe('decideHyphen', () => {
  const none = collectHyphenEvidence([]);
  it.each([
    ['бағыну', 'шы', false, 'kk', 'join'],
    ['азат', 'тық', false, 'kk', 'join'],
    ['іс', 'қимыл', false, 'kk', 'keep'],
    ['мінез', 'құлық', true, 'kk', 'keep'],
    ['ҚазҰУ', 'нің', false, 'kk', 'keep'],
    ['формирова', 'ние', false, 'ru', 'join'],
    ['организа', 'ции', true, 'ru', 'join'],
    ['кто', 'то', false, 'ru', 'keep'],
    ['научно', 'исследовательский', true, 'ru', 'keep'],
    ['con', 'cept', true, 'en', 'join'],
    ['socio', 'political', true, 'en', 'keep'],
    ['post', 'totalitarian', false, 'en', 'keep'],
    ['E', 'mail', true, 'en', 'keep'],
    ['госу', 'дарство', false, 'ru', 'join'],
    ['из', 'за', false, 'ru', 'keep'],
    ['сондай', 'ақ', true, 'kk', 'keep'],
    ['мемле', 'кеттік', false, 'kk', 'join'],
    ['insti', 'tutional', false, 'en', 'join'],
    ['co', 'ndition', false, 'en', 'join'],
    ['Daily', 'дің', true, 'kk', 'keep'],
  ] as const)('%s-%s (gap %s, %s) → %s', (left, right, gap, lang, action) => {
    expect(decideHyphen(left, right, gap, lang, none).action).toBe(action);
  });

  it('follows the document: a joined spelling elsewhere joins, a hyphenated one keeps', () => {
    const joined = collectHyphenEvidence(['the multiparty system', 'a multiparty state']);
    const hyphenated = collectHyphenEvidence(['the multi-party system', 'multi-party state']);
    expect(decideHyphen('multi', 'party', true, 'en', joined)).toMatchObject({ action: 'join', because: 'document-has-joined-form' });
    expect(decideHyphen('multi', 'party', true, 'en', hyphenated)).toMatchObject({ action: 'keep', because: 'document-has-hyphenated-form' });
  });
});

describe('normalize: homoglyphs', () => {
  it.each([
    ['бiлiм', 'kk', 'білім'],
    ['Бiлiм берудiң', 'kk', 'Білім берудің'],
    ['мəселе', 'kk', 'мәселе'],
    ['ӨНIМ', 'kk', 'ӨНІМ'],
    ['Kazаkhstan', 'en', 'Kazakhstan'],
    ['pоlitical', 'en', 'political'],
    ['Росcия', 'ru', 'Россия'],
    ['ґылым', 'kk', 'ғылым'],
    ['Ґылымиi', 'kk', 'Ғылымиі'],
    // More Latin than Cyrillic letters left by a font without Kazakh letters (ntrex-dev words, `--only homoglyphs`):
    // the word can only be Cyrillic (л, м, т have no Latin twin; schwa and barred o no Latin use).
    ['ɵлiмi', 'kk', 'өлімі'],
    ['əрi', 'kk', 'әрі'],
    ['Toт', 'ru', 'Тот'],
    ['Тhе', 'en', 'The'],
    // All twin letters: the section's script (ісі is no listed word, ici no Kazakh one).
    ['iсi', 'kk', 'ісі'],
    ['paс', 'kk', 'рас'],
    ['Сooке', 'en', 'Cooke'],
  ] as const)('folds %s (%s) → %s', (word, lang, expected) => {
    expect(foldWord(word, lang)).toBe(expected);
  });

  it.each([
    ['PhD', 'kk'],
    ['білім', 'kk'],
    ['COVID', 'ru'],
    ['Kazakhstanда', 'kk'],
    ['бiлiм', 'ru'],
  ] as const)('leaves %s (%s) alone', (word, lang) => {
    expect(foldWord(word, lang)).toBeNull();
  });

  it('reports each fold with the source range of the word', () => {
    const { source, doc } = documentOf([{ lang: 'kk', text: 'Қазақ тiлi мен әдебиетi' }]);
    const { result, messages } = normalizeDoc(doc);
    expect(result.sections[0].paragraphs[0].text).toBe('Қазақ тілі мен әдебиеті');
    expect(result.repairs.map((r) => [r.ruleId, source.slice(r.range.start, r.range.end), r.expected])).toEqual([
      ['fold-homoglyph', 'тiлi', 'тілі'],
      ['fold-homoglyph', 'әдебиетi', 'әдебиеті'],
    ]);
    expect(messages.every((m) => m.ruleId === 'fold-homoglyph' && m.severity === 'info')).toBe(true);
  });
});

describe('normalize: markup, Unicode and spaces', () => {
  it.each([
    ['**Key words:** power', 'Key words: power'],
    ['*Suleimen Dinmammed\\*<sup>1</sup>*', 'Suleimen Dinmammed*'],
    ['E-mail: suleimend\\_2000@mail.ru', 'E-mail: suleimend_2000@mail.ru'],
    ['snake_case and _emphasis_', 'snake_case and emphasis'],
    ['## ФИЛОСОФИЯ ВЛАСТИ', 'ФИЛОСОФИЯ ВЛАСТИ'],
    ['H<sub>2</sub>O &amp; salt', 'H2O & salt'],
    ['power[^1] and state^2^ here', 'power and state here'],
    ['see [the report](http://example.org) now', 'see the report now'],
    ['A\u00a0B\u202fC', 'A B C'],
    ['soft\u00adhyphen and zero\u200bwidth', 'softhyphen and zerowidth'],
    ['бағыну\u00ad\nшы халық', 'бағынушы халық'],
    ['  wrapped\nline   and\ttab  ', 'wrapped line and tab'],
    ['Казахстан и\u0306 ё', 'Казахстан й ё'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('composes decomposed letters (NFC) and maps them to the base letter', () => {
    const text = 'мои\u0306 дом';
    const { doc } = documentOf([{ lang: 'ru', text }]);
    const paragraph = normalizeDoc(doc).result.sections[0].paragraphs[0];
    expect(paragraph.text).toBe('мой дом');
    expect(toSourceOffset(paragraph.map, 3)).toBe(text.indexOf(' '));
    expect(toSourceOffset(paragraph.map, paragraph.text.length)).toBe(text.length);
  });

  it('does not change its input', () => {
    const { doc } = documentOf([{ lang: 'kk', text: '**бағыну-шы** бiлiм' }]);
    const before = JSON.stringify(doc);
    normalizeDoc(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('normalize: offset maps', () => {
  // One script per document, so that no mixed-script word (a homoglyph repair) can arise.
  const paragraphOf = (letters: RegExp) => {
    const word = fc.oneof(fc.stringMatching(letters), fc.stringMatching(/^[0-9]{1,4}$/));
    const piece = fc.oneof(
      word,
      word.map((w) => `**${w}**`),
      word.map((w) => `*${w}*`),
      fc.constantFrom('<sup>1</sup>', '.', ',', '«', '»', '(', ')', '\u00ad'),
    );
    return fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '  ')), { minLength: 1, maxLength: 30 }).map((parts) =>
      parts.map(([p, s]) => p + s).join(''),
    );
  };
  const document = fc.oneof(
    fc.tuple(fc.array(paragraphOf(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 4 }), fc.constant('en' as const)),
    fc.tuple(fc.array(paragraphOf(/^[а-яәғқңөұүһі]{1,8}$/), { minLength: 1, maxLength: 4 }), fc.constantFrom('kk' as const, 'ru' as const)),
  );

  it('maps every normalized character back to the same character in the source (text without repairs)', () => {
    fc.assert(
      fc.property(document, ([texts, lang]) => {
        const { source, doc } = documentOf(texts.map((text) => ({ lang, text })));
        const { result } = normalizeDoc(doc);
        expect(result.repairs).toEqual([]);
        for (const section of result.sections) {
          for (const p of section.paragraphs) {
            for (let i = 0; i < p.text.length; i++) {
              const at = toSourceOffset(p.map, i);
              expect(at).toBeGreaterThanOrEqual(p.range.start);
              expect(at).toBeLessThan(p.range.end);
              expect(source[at]).toBe(p.text[i]);
            }
            const end = toSourceOffset(p.map, p.text.length);
            expect(end).toBeGreaterThanOrEqual(p.range.start);
            expect(end).toBeLessThanOrEqual(p.range.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lands inside the source for every offset, repairs included', () => {
    const { result, doc } = normalizeSeed('seed-000');
    for (const [s, section] of result.sections.entries()) {
      for (const [k, p] of section.paragraphs.entries()) {
        const source = doc.sections[s].paragraphs[k];
        let previous = -1;
        for (let i = 0; i <= p.text.length; i++) {
          const at = toSourceOffset(p.map, i);
          expect(at).toBeGreaterThanOrEqual(source.range.start);
          expect(at).toBeLessThanOrEqual(source.range.end);
          // Normalization only deletes and replaces, so the map never goes backwards.
          expect(at).toBeGreaterThanOrEqual(previous);
          previous = at;
        }
      }
    }
  });

  it('maps a joined hyphen word to both of its source halves', () => {
    const text = 'билікке бағыну-шы халық';
    const { doc } = documentOf([{ lang: 'kk', text }]);
    const p = normalizeDoc(doc).result.sections[0].paragraphs[0];
    expect(p.text).toBe('билікке бағынушы халық');
    const start = p.text.indexOf('бағынушы');
    expect(text.slice(toSourceOffset(p.map, start), toSourceOffset(p.map, start + 'бағынушы'.length))).toBe('бағыну-шы');
  });
});
