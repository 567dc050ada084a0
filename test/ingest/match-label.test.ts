import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/ingest/match-label.js';

describe('matchLabel', () => {
  it.each([
    ['### *Abstract*', 'abstract', { standalone: true, langs: ['en'] }],
    ['**Аңдатпа**', 'abstract', { standalone: true, langs: ['kk'] }],
    ['Аннотация:', 'abstract', { standalone: true, langs: ['kk', 'ru'] }],
    ['ABSTRACT', 'abstract', { standalone: true, langs: ['en'] }],
    ['Abstract. The article deals with power.', 'abstract', { standalone: false, labelEnd: 9, restStart: 10 }],
    ['**Abstract.** *The article*', 'abstract', { standalone: false, labelEnd: 13, restStart: 14 }],
    ['Abstract\nThe article deals with power.', 'abstract', { standalone: false, ownLine: true, labelEnd: 8, restStart: 9 }],
    ['**Key words:** power, state', 'keywords', { standalone: false, labelEnd: 14, restStart: 15 }],
    ['*Key words*: power', 'keywords', { labelEnd: 12, restStart: 13 }],
    ['Түйін сөздер: билік', 'keywords', { langs: ['kk'] }],
    ['#### Reference', 'references', { standalone: true, langs: ['en'] }],
    ['*Пайдаланылған әдебиеттер тізімі*', 'references', { standalone: true, langs: ['kk'] }],
    ['2. Results and discussion', 'sections', { standalone: true }],
  ] as const)('finds the label in %j (%s)', (text, category, expected) => {
    expect(matchLabel(text, category)).toMatchObject(expected);
  });

  it.each([
    ['Abstract thinking is rare in this field.', 'abstract'],
    ['Literature shows that power is relational.', 'references'],
    ['The abstract of the article', 'abstract'],
    ['Keywordsearch is a tool.', 'keywords'],
    ['Түйінді мәселе: билік', 'abstract'],
  ] as const)('finds no label in %j (%s)', (text, category) => {
    expect(matchLabel(text, category)).toBeNull();
  });

  it('prefers the longer label: `Түйін сөздер` is keywords, not the abstract word `Түйін`', () => {
    expect(matchLabel('Түйін сөздер: билік', 'abstract')).toBeNull();
    expect(matchLabel('Түйін: Мақалада билік қарастырылады.', 'abstract')).toMatchObject({ langs: ['kk'] });
  });
});
