import { describe, expect, it } from 'vitest';
import { diffDecisions, parseDecisionsFile, serializeDecisionsFile, type DecisionsFile } from '../../src/review/index.js';

const FILE: DecisionsFile = {
  version: 1,
  decisions: [
    { id: 'b', appliesTo: { en: 'power', kk: 'билік', ru: 'власть' }, status: 'approved', note: 'core', when: 'T1' },
    { id: 'a', appliesTo: { en: 'object', kk: 'объект', ru: null }, status: 'rejected', corrected: { ru: 'объект' }, when: 'T1', workbook: 'g.xlsx' },
  ],
};

describe('the decisions file', () => {
  it('serialises sorted by id, keys in a fixed order, and parses back to the same', () => {
    const text = serializeDecisionsFile(FILE);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseDecisionsFile(text, 'corpus/tilmash-decisions.json');
    expect(parsed.messages).toEqual([]);
    expect(parsed.file!.decisions.map((d) => d.id)).toEqual(['a', 'b']);
    expect(serializeDecisionsFile(parsed.file!)).toBe(text);
    expect(Object.keys(JSON.parse(text).decisions[0])).toEqual(['id', 'appliesTo', 'status', 'corrected', 'when', 'workbook']);
  });

  it.each([
    ['not JSON', '{"version": 1, "decisions": [', /does not parse/],
    ['another version', '{"version": 2, "decisions": []}', /version/],
    ['a decision without id', '{"version": 1, "decisions": [{"status": "approved"}]}', /Decision 0 .* `id`/],
    [
      'an unknown status',
      '{"version": 1, "decisions": [{"id": "x", "appliesTo": {"en": null, "kk": null, "ru": null}, "status": "ok", "when": "T"}]}',
      /status "ok"/,
    ],
    [
      'a corrected term of a fourth language',
      '{"version": 1, "decisions": [{"id": "x", "appliesTo": {"en": null, "kk": null, "ru": null}, "corrected": {"de": "Macht"}, "status": "approved", "when": "T"}]}',
      /corrected/,
    ],
    [
      'two decisions on one entry',
      '{"version": 1, "decisions": [{"id": "x", "appliesTo": {"en": null, "kk": null, "ru": null}, "status": "approved", "when": "T"}, {"id": "x", "appliesTo": {"en": null, "kk": null, "ru": null}, "status": "rejected", "when": "T"}]}',
      /Decisions 0 and 1 .* "x"/,
    ],
  ])('refuses %s, naming the file', (_name, text, reason) => {
    const parsed = parseDecisionsFile(text, 'corpus/tilmash-decisions.json');
    expect(parsed.file).toBeNull();
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]).toMatchObject({ file: 'corpus/tilmash-decisions.json', ruleId: 'decisions-file-invalid', severity: 'fatal' });
    expect(parsed.messages[0].reason).toMatch(reason);
    expect(parsed.messages[0].reason).toContain('corpus/tilmash-decisions.json');
  });

  it('reads a file with a byte-order mark (saved by a Windows editor)', () => {
    expect(parseDecisionsFile('\uFEFF' + serializeDecisionsFile(FILE), 'f').file).not.toBeNull();
  });

  it('diffs two files by id', () => {
    const after: DecisionsFile = {
      version: 1,
      decisions: [{ ...FILE.decisions[0], status: 'rejected' }, { id: 'c', appliesTo: { en: 'x', kk: null, ru: null }, status: 'approved', when: 'T2' }],
    };
    expect(diffDecisions(FILE, after)).toEqual({ added: ['c'], changed: ['b'], removed: ['a'], unchanged: 0 });
    expect(diffDecisions(FILE, FILE)).toEqual({ added: [], changed: [], removed: [], unchanged: 2 });
  });
});
