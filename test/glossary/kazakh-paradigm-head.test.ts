// A Kazakh head the documents never write gives way to the written form its other forms inflect.
import { describe, expect, it } from 'vitest';
import { kazakhParadigmHead } from '../../src/glossary/kazakh-paradigm-head.js';

function side(canonical: string, forms: Record<string, number>): { canonical: string; forms: [string, number][] } {
  return { canonical, forms: Object.entries(forms) };
}

describe('kazakhParadigmHead', () => {
  it('takes the written base when another form inflects it and the lemma cannot explain that form', () => {
    // NTREX "July": шілде and шілдеде; the lemmatiser reads шілде as шіл + locative.
    expect(kazakhParadigmHead(side('шіл', { шілде: 3, шілдеде: 1 }))).toBe('шілде');
    // "leader": the agent noun көшбасшы read as көшбасш + possessive, while the text writes көшбасшысы, көшбасшылар.
    expect(kazakhParadigmHead(side('көшбасш', { көшбасшы: 2, көшбасшылар: 3, көшбасшысы: 1 }))).toBe('көшбасшы');
  });

  it('keeps the letter case and the other words of the term', () => {
    expect(kazakhParadigmHead(side('әлеуметтік көшбасш', { 'әлеуметтік көшбасшы': 1, 'әлеуметтік көшбасшылар': 1 }))).toBe(
      'әлеуметтік көшбасшы',
    );
  });

  it('keeps a lemma reached through inflected forms only', () => {
    expect(kazakhParadigmHead(side('билік', { билігі: 2, биліктің: 1 }))).toBe('билік');
    // мемлекеттерінің extends мемлекеттері, but it is also мемлекет + тер + і + нің: no evidence against the lemma.
    expect(kazakhParadigmHead(side('мемлекет', { мемлекеттері: 2, мемлекеттерінің: 1 }))).toBe('мемлекет');
  });

  it('keeps a lemma the documents write', () => {
    expect(kazakhParadigmHead(side('билік', { билік: 1, билікке: 1 }))).toBe('билік');
  });
});

describe('kazakhParadigmHead with an unwritten base', () => {
  it('takes the stem that the written forms inflect when the bare word is not written', () => {
    // NTREX "carmaker", "sponsors", "social media": only plural and case forms are written.
    expect(kazakhParadigmHead(side('автоөндіруш', { автоөндірушілер: 1, автоөндірушілердің: 1, автоөндірушінің: 1 }))).toBe('автоөндіруші');
    expect(kazakhParadigmHead(side('демеуш', { демеушілердің: 3, демеушілер: 2 }))).toBe('демеуші');
    expect(kazakhParadigmHead(side('әлеуметтік жел', { 'әлеуметтік желілерде': 3 }))).toBe('әлеуметтік желі');
  });
});

describe('kazakhParadigmHead weighing the lemma', () => {
  it('keeps a lemma that most written forms inflect', () => {
    // NTREX: жас ("age") is written жасқа, жасында, жастардың ... and once жастағылар (жас + та + ғы + лар).
    expect(kazakhParadigmHead(side('жас', { жастағы: 8, жастағылар: 1, жасқа: 2, жасында: 2, жастардың: 1, жасына: 1 }))).toBe('жас');
  });
});
