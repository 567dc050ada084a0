import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { coverageProblems, ingestText } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}/input.txt`, import.meta.url), 'utf8');

/** The sections as `kind:lang → paragraph count`, for compact assertions. */
function sectionCounts(doc: IngestedDocument): Record<string, number> {
  return Object.fromEntries(doc.sections.map((s) => [`${s.kind}:${s.lang}`, s.paragraphs.length]));
}

function sectionText(doc: IngestedDocument, kind: string, lang: string): string[] {
  return doc.sections.find((s) => s.kind === kind && s.lang === lang)?.paragraphs.map((p) => p.text) ?? [];
}

/** Golden form of an artefact: every block's kind, language, range and the start of its text. */
function golden(doc: IngestedDocument): string {
  return (
    JSON.stringify(
      {
        languages: doc.languages,
        blocks: doc.blocks.map((b) => ({ kind: b.kind, lang: b.lang, range: [b.range.start, b.range.end], text: b.text.slice(0, 80) })),
        sections: doc.sections.map((s) => ({
          kind: s.kind,
          lang: s.lang,
          paragraphs: s.paragraphs.map((p) => ({ range: [p.range.start, p.range.end], text: p.text.slice(0, 80) })),
        })),
      },
      null,
      1,
    ) + '\n'
  );
}

describe('ingest: seed 000 (trilingual Markdown, English body)', () => {
  const text = fixture('seed-000');
  const { doc, messages } = ingestText(text, 'corpus/000_9b0e67f1d2ff5f5f.txt');

  it('finds en, kk and ru titles, abstracts and keyword lines, an English body and two reference lists', () => {
    expect(doc.languages).toEqual(['en', 'kk', 'ru']);
    expect(sectionCounts(doc)).toEqual({
      'title:en': 1,
      'title:kk': 1,
      'title:ru': 1,
      'abstract:en': 1,
      'abstract:kk': 1,
      'abstract:ru': 1,
      'keywords:en': 1,
      'keywords:kk': 1,
      'keywords:ru': 1,
      'body:en': 71,
      'references:en': 20,
      'references:kk': 20,
    });
  });

  it('keeps titles without # marks and keyword lists without their label', () => {
    expect(sectionText(doc, 'title', 'kk')).toEqual(['ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ']);
    expect(sectionText(doc, 'keywords', 'en')).toEqual(['Republic of Kazakhstan, modern society, philosophy of power, concept of power']);
    expect(sectionText(doc, 'keywords', 'ru')[0]).toMatch(/^Республика Казахстан,/);
    expect(sectionText(doc, 'abstract', 'ru')[0]).toMatch(/^В статье рассматривается/);
  });

  it('recognises authors, affiliations, run-in body headings and reference headings', () => {
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 6)).toEqual(['author', 'affiliation', 'title', 'abstract-heading', 'abstract', 'keywords']);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('**Introduction.**');
    expect(headings).toContain('**Discussion:**');
    expect(doc.blocks.filter((b) => b.kind === 'references-heading').map((b) => [b.text, b.lang])).toEqual([
      ['#### Reference', 'en'],
      ['*Пайдаланылған әдебиеттер тізімі*', 'kk'],
    ]);
  });

  it('reports no warnings and covers every non-blank character', () => {
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(coverageProblems(text, doc)).toEqual([]);
  });

  it('matches the golden block list', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('../fixtures/ingest/seed-000/expected.json');
  });
});

describe('ingest: seed 002 (English only, plain text without headings)', () => {
  const text = fixture('seed-002');
  const { doc, messages } = ingestText(text, 'corpus/002_6398f6ef83f0fe8e.txt');

  it('takes the first line as the title and the paragraph opening like an abstract as the abstract', () => {
    expect(doc.languages).toEqual(['en']);
    // The source has NBSPs in the title (PDF conversion); ingest keeps them, normalize turns them into spaces.
    expect(sectionText(doc, 'title', 'en').map((t) => t.replace(/\s/g, ' '))).toEqual([
      'Role and importance of political parties in the political and legal system in Kazakhstan',
    ]);
    expect(sectionText(doc, 'abstract', 'en')[0]).toMatch(/^This article examines the role of political parties/);
    expect(sectionCounts(doc)['body:en']).toBe(20);
  });

  it('reports the missing languages as info, never as an error', () => {
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['missing-language-kk', 'info'],
      ['missing-language-ru', 'info'],
    ]);
    expect(coverageProblems(text, doc)).toEqual([]);
  });

  it('matches the golden block list', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('../fixtures/ingest/seed-002/expected.json');
  });
});

describe('ingest: other journal layouts', () => {
  it('reads a Kazakh bulletin head: IRSTI code, authors, affiliations, unlabelled Kazakh abstract, run-in labels', async () => {
    const text = fixture('kaznu-layout-kk-ru-en');
    const { doc, messages } = ingestText(text);
    expect(doc.blocks.slice(0, 6).map((b) => [b.kind, b.lang])).toEqual([
      ['other', 'kk'],
      ['author', 'kk'],
      ['affiliation', 'kk'],
      ['title', 'kk'],
      ['abstract', 'kk'],
      ['keywords', 'kk'],
    ]);
    expect(sectionCounts(doc)).toEqual({
      'title:en': 1,
      'title:kk': 1,
      'title:ru': 1,
      'abstract:en': 1,
      'abstract:kk': 1,
      'abstract:ru': 1,
      'keywords:en': 1,
      'keywords:kk': 1,
      'keywords:ru': 1,
      'body:kk': 3,
      'references:en': 2,
      'references:kk': 2,
    });
    expect(doc.blocks.filter((b) => b.kind === 'author').map((b) => b.lang)).toEqual(['kk', 'ru', 'en']);
    expect(messages).toEqual([]);
    expect(coverageProblems(text, doc)).toEqual([]);
    await expect(golden(doc)).toMatchFileSnapshot('../fixtures/ingest/kaznu-layout-kk-ru-en/expected.json');
  });

  it('reads an international English layout: superscript author marks, numbered sections, bracketed references', async () => {
    const text = fixture('international-layout-en');
    const { doc, messages } = ingestText(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title',
      'author',
      'affiliation',
      'abstract-heading',
      'abstract',
      'keywords',
      'heading',
      'body',
      'heading',
      'body',
      'heading',
      'body',
      'references-heading',
      'references',
      'references',
    ]);
    expect(sectionText(doc, 'keywords', 'en')).toEqual(['terminology; language policy; corpus linguistics']);
    expect(messages.map((m) => m.ruleId)).toEqual(['missing-language-kk', 'missing-language-ru']);
    await expect(golden(doc)).toMatchFileSnapshot('../fixtures/ingest/international-layout-en/expected.json');
  });

  it('reads English and Russian heads printed after the reference list', async () => {
    const text = fixture('end-summaries');
    const { doc, messages } = ingestText(text);
    expect(sectionText(doc, 'title', 'en')).toEqual(['**POLITICAL PARTIES IN KAZAKHSTAN**']);
    expect(sectionText(doc, 'abstract', 'ru')[0]).toMatch(/^В статье рассматривается/);
    expect(sectionText(doc, 'keywords', 'en')).toEqual(['political party, democracy.']);
    expect(sectionCounts(doc)['references:kk']).toBe(2);
    expect(messages).toEqual([]);
    expect(coverageProblems(text, doc)).toEqual([]);
    await expect(golden(doc)).toMatchFileSnapshot('../fixtures/ingest/end-summaries/expected.json');
  });
});

const EN_ABSTRACT = 'The article deals with the philosophy of power in the modern society of Kazakhstan. The main elements of power are subject, object and means.';
const KK_ABSTRACT = 'Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады. Биліктің негізгі элементтері субъект, объект және құралдар болып табылады.';
const RU_ABSTRACT = 'В статье рассматривается философия власти в современном казахстанском обществе. Основными элементами власти являются субъект, объект и средства.';
const BODY = 'Power is the ability to influence someone using authority, right and energy. The problem of power has always attracted the attention of philosophers.';

describe('ingest: hand-made variants', () => {
  it('reads bold headings instead of Markdown ones, and an all-caps title without marks', () => {
    const text = [
      'A.B. Seitov',
      'THE PHILOSOPHY OF POWER IN KAZAKHSTAN',
      '**Abstract**',
      EN_ABSTRACT,
      '**Keywords:** power, society',
      'А.Б. Сейітов',
      '**ҚАЗАҚСТАНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ**',
      '**Аңдатпа**',
      KK_ABSTRACT,
      '**Түйін сөздер:** билік, қоғам',
      '**Introduction.** ' + BODY,
      '**References**',
      '1. Smith J. Power. London, 2001.',
    ].join('\n\n');
    const { doc, messages } = ingestText(text);
    expect(doc.blocks.slice(0, 5).map((b) => b.kind)).toEqual(['author', 'title', 'abstract-heading', 'abstract', 'keywords']);
    expect(sectionText(doc, 'title', 'kk')).toEqual(['**ҚАЗАҚСТАНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ**']);
    expect(sectionText(doc, 'keywords', 'kk')).toEqual(['билік, қоғам']);
    expect(sectionText(doc, 'references', 'en')).toEqual(['1. Smith J. Power. London, 2001.']);
    expect(sectionText(doc, 'body', 'en')).toEqual([BODY]);
    expect(messages.filter((m) => m.severity === 'warning')).toEqual([]);
    expect(coverageProblems(text, doc)).toEqual([]);
  });

  it.each([
    ['Abstract. ', 'en', EN_ABSTRACT],
    ['Abstract: ', 'en', EN_ABSTRACT],
    ['**Abstract.** ', 'en', EN_ABSTRACT],
    ['*Annotation*: ', 'en', EN_ABSTRACT],
    ['Аңдатпа. ', 'kk', KK_ABSTRACT],
    ['**Түйін:** ', 'kk', KK_ABSTRACT],
    ['Аннотация: ', 'ru', RU_ABSTRACT],
    ['Резюме. ', 'ru', RU_ABSTRACT],
  ])('reads an abstract heading run in at the paragraph start: %s', (label, lang, abstract) => {
    const text = `## TITLE OF THE ARTICLE IN CAPITALS\n\n${label}${abstract}\n\nKeywords: power, society`;
    const { doc } = ingestText(text);
    const heading = doc.blocks.find((b) => b.kind === 'abstract-heading');
    expect(heading?.text).toBe(label.trim());
    expect(sectionText(doc, 'abstract', lang)).toEqual([abstract]);
    expect(coverageProblems(text, doc)).toEqual([]);
  });

  it.each([
    ['Keywords: power, society', 'en'],
    ['Key words: power, society', 'en'],
    ['*Key words*: power, society', 'en'],
    ['**Keywords** – power, society', 'en'],
    ['Кілт сөздер: билік, қоғам', 'kk'],
    ['**Түйін сөздер**: билік, қоғам', 'kk'],
    ['Ключевые слова: власть, общество', 'ru'],
    ['*Ключевые слова:* власть, общество', 'ru'],
  ])('reads the keyword label variant %s', (line, lang) => {
    const abstract = { en: EN_ABSTRACT, kk: KK_ABSTRACT, ru: RU_ABSTRACT }[lang as 'en'];
    const text = `### Abstract\n\n${abstract}\n\n${line}`;
    const { doc } = ingestText(text);
    const keywords = doc.sections.find((s) => s.kind === 'keywords');
    expect(keywords?.lang).toBe(lang);
    expect(keywords?.paragraphs[0].text).toMatch(/^(power|билік|власть), /);
  });

  it('takes the keyword list from the next paragraph when the label stands alone', () => {
    const text = `Abstract\n\n${EN_ABSTRACT}\n\n**Keywords:**\n\npower, society, state`;
    const { doc, messages } = ingestText(text);
    expect(sectionText(doc, 'keywords', 'en')).toEqual(['power, society, state']);
    expect(messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('reports a language missing from a bilingual article as info', () => {
    const text = `## POWER IN KAZAKHSTAN\n\n### Abstract\n\n${EN_ABSTRACT}\n\n## ВЛАСТЬ В КАЗАХСТАНЕ\n\n### Аннотация\n\n${RU_ABSTRACT}\n\n${BODY}`;
    const { doc, messages } = ingestText(text);
    expect(doc.languages).toEqual(['en', 'ru']);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'missing-language-kk', severity: 'info' })]);
    expect(sectionText(doc, 'title', 'ru')).toEqual(['ВЛАСТЬ В КАЗАХСТАНЕ']);
  });

  it.each([
    ['## Список литературы', 'ru'],
    ['**Әдебиеттер**', 'kk'],
    ['*Пайдаланылған әдебиеттер тізімі*', 'kk'],
    ['References', 'en'],
    ['### Literature', 'en'],
    ['Литература:', 'ru'],
  ])('reads the reference heading %s, one item per numbered line', (heading, lang) => {
    const text = `${BODY}\n\n${heading}\n\n1. Иванов И.И. Власть. – М., 2001.\n2. Petrov P. Power and state. Almaty, 2010.\n   continued on the next line.`;
    const { doc } = ingestText(text);
    const items = sectionText(doc, 'references', lang);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatch(/^2\. Petrov.*\n.*continued/);
  });

  it('warns about an abstract heading without text and a keyword label without a list', () => {
    const text = `### Abstract\n\nKeywords:\n\n### Аннотация\n\n${RU_ABSTRACT}`;
    const { messages } = ingestText(text);
    const warnings = messages.filter((m) => m.severity === 'warning');
    expect(warnings.map((m) => m.ruleId)).toEqual(['empty-abstract', 'empty-keywords']);
    expect(warnings[0].range).toEqual({ start: 0, end: '### Abstract'.length });
  });

  it('warns when an abstract is in another language than its heading says', () => {
    const text = `### Abstract\n\n${RU_ABSTRACT}`;
    const { doc, messages } = ingestText(text);
    expect(sectionText(doc, 'abstract', 'ru')).toEqual([RU_ABSTRACT]);
    expect(messages.find((m) => m.ruleId === 'block-language-mismatch')).toMatchObject({ actual: 'ru', expected: 'en', severity: 'warning' });
  });

  it('splits run-in section headings from their paragraph and keeps standalone ones as headings', () => {
    const text = `**Introduction.** ${BODY}\n\n## Materials and methods\n\n${BODY}\n\nConclusion. ${BODY}\n\nҚорытынды`;
    const { doc, messages } = ingestText(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'body', 'heading', 'body', 'heading', 'body', 'heading']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '**Introduction.**',
      '## Materials and methods',
      'Conclusion.',
      'Қорытынды',
    ]);
    expect(sectionText(doc, 'body', 'en')).toEqual([BODY, BODY, BODY]);
    expect(messages.filter((m) => m.severity === 'warning')).toEqual([
      expect.objectContaining({ ruleId: 'heading-without-content', range: { start: text.length - 'Қорытынды'.length, end: text.length } }),
    ]);
  });

  it('takes a Latin-script Kazakh abstract as Kazakh and warns that later Kazakh steps read Cyrillic', () => {
    const latin = 'Maqalada Qazaqstannyñ qazırgı qoğamyndağy bilık filosofiasy qarastyrylady. Bilıktıñ negızgı elementterı subekt, obekt jäne qūraldar bolyp tabylady.';
    const text = `### Abstract\n\n${EN_ABSTRACT}\n\n### Añdatpa\n\n${latin}`;
    const { doc, messages } = ingestText(text);
    expect(sectionText(doc, 'abstract', 'kk')).toEqual([latin]);
    expect(messages.filter((m) => m.severity === 'warning')).toEqual([expect.objectContaining({ ruleId: 'latin-script-kazakh' })]);
  });

  it('keeps notes about the authors after the references out of the reference list', () => {
    const text = `${BODY}\n\nReferences\n\n1. Smith J. Power. London, 2001.\n\n**Information about authors:**\n\nSmith John – PhD, professor, Al-Farabi Kazakh National University, Almaty, Kazakhstan, e-mail: smith@kaznu.kz`;
    const { doc } = ingestText(text);
    expect(sectionText(doc, 'references', 'en')).toEqual(['1. Smith J. Power. London, 2001.']);
    expect(doc.blocks.slice(-2).map((b) => b.kind)).toEqual(['other', 'other']);
  });

  it('reads author lines with Pandoc superscript marks', () => {
    const text = `John Smith^1^, Aigerim Bekova^2^\n\n^1^Nazarbayev University, Astana\n\n## POWER IN KAZAKHSTAN\n\nAbstract. ${EN_ABSTRACT}`;
    const { doc } = ingestText(text);
    expect(doc.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['author', 'affiliation', 'title']);
  });

  it('takes a Title Case line for a title, not for author names', () => {
    const text = `John Smith, Aigerim Bekova\n\nThat Was Really Bad Body Language\n\nAbstract. ${EN_ABSTRACT}\n\nKeywords: power`;
    const { doc } = ingestText(text);
    expect(doc.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['author', 'title']);
  });

  it('gives a keyword list of names the language of its abstract', () => {
    const text = `### Аңдатпа\n\n${KK_ABSTRACT}\n\nКілт сөздер: массачусетс, сенаторы, элизабет, уоррен`;
    const { doc, messages } = ingestText(text);
    expect(sectionText(doc, 'keywords', 'kk')).toEqual(['массачусетс, сенаторы, элизабет, уоррен']);
    expect(messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('reads a plain question title before an unlabelled abstract', () => {
    const title = 'Что такое фестиваль граждан мира и сделал ли он что-нибудь для снижения уровня бедности?';
    const text = `${title}\n\n${RU_ABSTRACT}\n\n${RU_ABSTRACT}\n\nКлючевые слова: фестиваль, бедность`;
    const { doc } = ingestText(text);
    expect(sectionText(doc, 'title', 'ru')).toEqual([title]);
    expect(sectionText(doc, 'abstract', 'ru')).toEqual([RU_ABSTRACT, RU_ABSTRACT]);
  });

  it('warns when Kazakh text has lost its Kazakh letters (Russified by a PDF font)', () => {
    const russified = KK_ABSTRACT.replace(/[әғқңөұүһі]/g, (ch) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' })[ch]!);
    const text = `### Аңдатпа\n\n${russified} ${russified}`;
    const { doc, messages } = ingestText(text);
    expect(doc.sections.find((s) => s.kind === 'abstract')?.lang).toBe('kk');
    expect(messages.filter((m) => m.severity === 'warning').map((m) => m.ruleId)).toEqual(['kazakh-letters-missing']);
  });

  it('keeps Markdown tables, images and rules out of the body', () => {
    const text = `${BODY}\n\n| Year | Parties |\n|------|---------|\n| 2001 | 12 |\n\n![Figure 1](fig1.png)\n\n***\n\n${BODY}`;
    const { doc } = ingestText(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['body', 'other', 'other', 'other', 'body']);
    expect(sectionText(doc, 'body', 'en')).toEqual([BODY, BODY]);
  });

  it('handles CRLF line ends and a BOM', () => {
    const text = `\ufeff## POWER IN KAZAKHSTAN\r\n\r\nAbstract. ${EN_ABSTRACT}\r\n\r\nKeywords: power, state\r\n`;
    const { doc } = ingestText(text);
    expect(sectionText(doc, 'title', 'en')).toEqual(['POWER IN KAZAKHSTAN']);
    expect(sectionText(doc, 'keywords', 'en')).toEqual(['power, state']);
    expect(coverageProblems(text, doc)).toEqual([]);
  });

  it('reports an empty file as a warning and finds nothing', () => {
    const { doc, messages } = ingestText('  \n\n ');
    expect(doc.blocks).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['empty-document']);
  });
});

describe('ingest: text without blank lines between parts', () => {
  it('splits labels off the lines they share a paragraph with, and reads unnumbered references line by line', () => {
    const text = [
      'ПОЛИТИЧЕСКИЕ ПАРТИИ В КАЗАХСТАНЕ',
      'Аннотация',
      RU_ABSTRACT,
      'Ключевые слова: политическая партия, демократия.',
      '',
      'Введение',
      'Переход казахстанского общества от авторитарного правления к демократии начался в конце 1986 года.',
      '',
      'Литература',
      'Иванов И.И. Власть и общество. – М.: Наука, 2001. – 200 с.',
      'Петров П.П. Политические партии Казахстана: история',
      'и современность. – Алматы, 2010. – 150 с.',
      'Smith J. Parties and power. London, 2005.',
    ].join('\n');
    const { doc } = ingestText(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title',
      'abstract-heading',
      'abstract',
      'keywords',
      'heading',
      'body',
      'references-heading',
      'references',
      'references',
      'references',
    ]);
    expect(sectionText(doc, 'references', 'ru')[1]).toBe('Петров П.П. Политические партии Казахстана: история\nи современность. – Алматы, 2010. – 150 с.');
    expect(sectionText(doc, 'keywords', 'ru')).toEqual(['политическая партия, демократия.']);
    expect(coverageProblems(text, doc)).toEqual([]);
  });
});

describe('ingest: invariants', () => {
  const fragments = [
    '## THE TITLE OF AN ARTICLE',
    '### *Abstract*',
    '**Аңдатпа**',
    'Аннотация:',
    'Abstract. ' + EN_ABSTRACT,
    EN_ABSTRACT,
    KK_ABSTRACT,
    RU_ABSTRACT,
    '**Key words:** power, state',
    'Кілт сөздер: билік',
    '**Introduction.** ' + BODY,
    BODY,
    '#### Reference',
    '1. Item one.\n2. Item two',
    '*A. Author\\*<sup>1</sup>*',
    '*<sup>1</sup>University, Almaty  \nE-mail: a\\_b@mail.kz*',
    '- bullet\n- another',
    '12345',
    'Литература',
    'Abstract',
    'Keywords:',
    'Аннотация:\n' + RU_ABSTRACT,
    '***',
    '',
  ];
  it('every non-blank character is in exactly one block, whatever the order of the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 25 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n'), (parts, joint) => {
        const text = parts.join(joint);
        const { doc } = ingestText(text);
        expect(coverageProblems(text, doc)).toEqual([]);
        for (const section of doc.sections) {
          for (const p of section.paragraphs) expect(p.text).toBe(text.slice(p.range.start, p.range.end));
        }
      }),
      { numRuns: 400 },
    );
  });
});
