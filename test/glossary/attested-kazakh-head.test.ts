// A Kazakh head the documents never write gives way to the written form its other forms inflect.
import { describe, expect, it } from 'vitest';
import { attestedKazakhHead } from '../../src/glossary/attested-kazakh-head.js';

function side(canonical: string, forms: Record<string, number>): { canonical: string; forms: [string, number][] } {
  return { canonical, forms: Object.entries(forms) };
}

describe('attestedKazakhHead', () => {
  it('takes the written base when another form inflects it and the lemma cannot explain that form', () => {
    // NTREX "July": шілде and шілдеде; the lemmatiser reads шілде as шіл + locative.
    expect(attestedKazakhHead(side('шіл', { шілде: 3, шілдеде: 1 }))).toBe('шілде');
    // "leader": the agent noun көшбасшы read as көшбасш + possessive, while the text writes көшбасшысы, көшбасшылар.
    expect(attestedKazakhHead(side('көшбасш', { көшбасшы: 2, көшбасшылар: 3, көшбасшысы: 1 }))).toBe('көшбасшы');
  });

  it('keeps the letter case and the other words of the term', () => {
    expect(attestedKazakhHead(side('әлеуметтік көшбасш', { 'әлеуметтік көшбасшы': 1, 'әлеуметтік көшбасшылар': 1 }))).toBe(
      'әлеуметтік көшбасшы',
    );
  });

  it('keeps a lemma reached through inflected forms only', () => {
    expect(attestedKazakhHead(side('билік', { билігі: 2, биліктің: 1 }))).toBe('билік');
    // мемлекеттерінің extends мемлекеттері, but it is also мемлекет + тер + і + нің: no evidence against the lemma.
    expect(attestedKazakhHead(side('мемлекет', { мемлекеттері: 2, мемлекеттерінің: 1 }))).toBe('мемлекет');
  });

  it('keeps a lemma the documents write', () => {
    expect(attestedKazakhHead(side('билік', { билік: 1, билікке: 1 }))).toBe('билік');
  });
});
