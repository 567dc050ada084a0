import { describe, expect, it } from 'vitest';
import { scoreCValue } from '../../src/terms/score-c-value.js';

describe('scoreCValue', () => {
  it('discounts a term by the longer terms it is nested in', () => {
    const [power, statePower, state] = scoreCValue([
      { wordKeys: ['power'], frequency: 10 },
      { wordKeys: ['state', 'power'], frequency: 4 },
      { wordKeys: ['state'], frequency: 4 },
    ]);
    expect(statePower).toBeCloseTo(Math.log2(3) * 4);
    expect(power).toBeCloseTo(Math.log2(2) * (10 - 4));
    // "state" only ever occurs inside "state power": nothing left of its own.
    expect(state).toBeCloseTo(0);
  });

  it('averages over the distinct longer terms that contain it', () => {
    const [power] = scoreCValue([
      { wordKeys: ['power'], frequency: 9 },
      { wordKeys: ['state', 'power'], frequency: 4 },
      { wordKeys: ['philosophy', 'of', 'power'], frequency: 2 },
    ]);
    expect(power).toBeCloseTo(9 - (4 + 2) / 2);
  });

  it('needs contiguous containment', () => {
    const [a] = scoreCValue([
      { wordKeys: ['state', 'power'], frequency: 3 },
      { wordKeys: ['state', 'executive', 'power'], frequency: 3 },
    ]);
    expect(a).toBeCloseTo(Math.log2(3) * 3);
  });
});
