import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/terms/index.js';
import { seed000Document } from './seed-000-document.js';

// Golden file of the English and Russian candidates of seed 000 (Kazakh is left out: its keys belong to the
// Kazakh analyser, which changes on its own schedule and has its own tests). Regenerate with `vitest -u` only
// after reading the diff.
describe('extractTerms golden file (seed 000, en and ru)', () => {
  it('matches test/fixtures/terms/seed-000/expected.json', async () => {
    const terms = extractTerms(seed000Document(), () => {});
    const view = terms.candidates
      .filter((c) => c.lang !== 'kk')
      .map((c) => ({
        lang: c.lang,
        canonical: c.canonical,
        key: c.key,
        frequency: c.frequency,
        score: Math.round(c.score * 1000) / 1000,
        variants: c.variants,
      }));
    await expect(JSON.stringify(view, null, 1) + '\n').toMatchFileSnapshot('../fixtures/terms/seed-000/expected.json');
  });
});
