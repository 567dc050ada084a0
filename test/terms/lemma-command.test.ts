import { describe, expect, it } from 'vitest';
import { formatLemmaLines } from '../../pipeline/commands/lemma.js';
import { lemmaKey } from '../../src/terms/morphology/index.js';

describe('tilmash lemma output', () => {
  it('writes word<TAB>key per line and keeps blank lines', () => {
    const out = formatLemmaLines(['власти', ' властью ', '', 'ёлки'], (w) => lemmaKey(w, 'ru'));
    expect(out).toBe('власти\tвласть\nвластью\tвласть\n\nёлки\tелка\n');
  });
});
