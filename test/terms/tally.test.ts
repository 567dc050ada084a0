import { describe, expect, it } from 'vitest';
import { Tally } from '../../src/terms/tally.js';

describe('Tally', () => {
  it('counts values and gives the most frequent, ties to the one seen first', () => {
    const tally = new Tally('state power');
    for (const value of ['state powers', 'state powers', 'state power']) tally.add(value);
    expect(tally.mostFrequent()).toBe('state power');
    tally.add('state powers');
    expect(tally.mostFrequent()).toBe('state powers');
  });

  it('keeps counting right once it has many distinct values', () => {
    const values = Array.from({ length: 30 }, (_, i) => `form${i}`);
    const tally = new Tally(values[0]);
    for (let round = 0; round < 3; round++) for (const value of round === 0 ? values.slice(1) : values) tally.add(value);
    tally.add('form17');
    expect(tally.values).toEqual(values);
    expect(tally.mostFrequent()).toBe('form17');
    expect(Object.values(tally.toRecord()).reduce((a, b) => a + b, 0)).toBe(91);
    const copy = tally.clone();
    copy.add('form3');
    copy.add('form3');
    expect(copy.mostFrequent()).toBe('form3');
    expect(tally.mostFrequent()).toBe('form17');
  });

  it('gives a record in first-seen order where any word is an ordinary key', () => {
    const tally = new Tally('constructor');
    for (const value of ['__proto__', 'Power', 'constructor']) tally.add(value);
    const record = tally.toRecord();
    expect(Object.entries(record)).toEqual([
      ['constructor', 2],
      ['__proto__', 1],
      ['Power', 1],
    ]);
    expect(JSON.parse(JSON.stringify(record))).toEqual({ constructor: 2, ['__proto__']: 1, Power: 1 });
  });
});
