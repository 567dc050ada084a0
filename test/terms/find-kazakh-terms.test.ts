import { describe, expect, it } from 'vitest';
import { findKazakhTerms, kazakhInflectedKeys } from '../../src/terms/find-kazakh-terms.js';

function canonicals(sentence: string, context: string[] = []): string[] {
  return findKazakhTerms(sentence, kazakhInflectedKeys([sentence, ...context])).matches.map((m) => m.canonical.join(' '));
}

describe('findKazakhTerms: izafet and adjective chains', () => {
  it.each([
    // Izafet N + N-POSS: the head keeps its possessive, case endings go.
    ['Мақалада билік философиясының мәселелері қарастырылады.', 'билік философиясы'],
    ['Қазақстан Республикасының заңдары.', 'қазақстан республикасы'],
    ['Мемлекеттік билік тармақтарының бірлескен іс-қимылы.', 'мемлекеттік билік тармақтары'],
    // Full izafet with a genitive: written with the bare noun.
    ['Биліктің элементтері туралы.', 'билік элементтері'],
    ['Мемлекеттік биліктің тармақтары бөлінеді.', 'мемлекеттік билік тармақтары'],
    // Adjective + noun: the head to its dictionary form.
    ['Қазақстанның қазіргі қоғамындағы өзгерістер.', 'қазіргі қоғам'],
    ['Мемлекеттік билікке қарсылық.', 'мемлекеттік билік'],
  ])('%s → %s', (sentence, expected) => {
    expect(canonicals(sentence)).toContain(expected);
  });

  it('does not make an adjective a term head, nor take verb forms', () => {
    const found = canonicals('Саяси жағдай тұрақсыз болды.');
    expect(found).toContain('саяси жағдай');
    expect(found).not.toContain('саяси');
    expect(found.some((c) => c.includes('болды'))).toBe(false);
  });
});
