import { describe, expect, it } from 'vitest';
import { FormCounts } from '../../src/glossary/form-counts.js';

describe('FormCounts', () => {
  it('adds up the counts of each form, in the order the forms were first seen', () => {
    const counts = new FormCounts();
    counts.add('власти', 2);
    counts.add('власть', 1);
    counts.add('власти', 3);
    expect([...counts]).toEqual([
      ['власти', 5],
      ['власть', 1],
    ]);
    expect(counts.size).toBe(2);
  });

  it('keeps counting the same way once a term has many forms', () => {
    const counts = new FormCounts();
    const forms = ['билік', 'биліктің', 'билікке', 'билігі', 'билікті', 'билікпен', 'билікте', 'биліктен', 'биліктер', 'биліктердің'];
    forms.forEach((form, i) => counts.add(form, i + 1));
    forms.forEach((form) => counts.add(form, 10));
    expect(counts.size).toBe(forms.length);
    expect([...counts]).toEqual(forms.map((form, i) => [form, i + 11]));
  });

  it('is empty until a form is added', () => {
    const counts = new FormCounts();
    expect(counts.size).toBe(0);
    expect([...counts]).toEqual([]);
  });
});
