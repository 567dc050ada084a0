import { describe, expect, it } from 'vitest';
import { partsOfKey } from '../../src/glossary/document-evidence.js';

describe('partsOfKey', () => {
  it('lists the proper contiguous parts of a key, shorter spans after the longer ones from the same word', () => {
    expect(partsOfKey('a b c')).toEqual(['a', 'a b', 'b', 'b c', 'c']);
    expect(partsOfKey('state power')).toEqual(['state', 'power']);
  });

  it('gives a one-word key no parts', () => {
    expect(partsOfKey('власть')).toEqual([]);
  });

  it('cuts at every space as split does (empty words included)', () => {
    expect(partsOfKey('a  b')).toEqual(['a', 'a ', '', ' b', 'b']);
    expect(partsOfKey(' a')).toEqual(['', 'a']);
  });
});
