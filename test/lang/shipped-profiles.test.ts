import { describe, expect, it } from 'vitest';
import shipped from '../../src/lang/identify/profiles.json' with { type: 'json' };
import { fromProfileFile, toProfileFile, type ProfileFile } from '../../src/lang/identify/profile-file.js';
import { sampleProfileFile, trainSampleProfiles } from '../../src/lang/identify/sample-profiles.js';
import { identifyLanguage, scoreWord } from '../../src/lang/identify/index.js';

describe('the shipped language profiles (src/lang/identify/profiles.json)', () => {
  it('are what the samples train (if not, write the file again: see sampleProfileFile in sample-profiles.ts)', () => {
    expect(shipped as ProfileFile).toEqual(sampleProfileFile());
  });

  it('load back into the very profiles training gives: same counts, totals and vocabulary', () => {
    const trained = trainSampleProfiles();
    const loaded = fromProfileFile(shipped as ProfileFile);
    expect(loaded.langs).toEqual(trained.langs);
    expect(loaded.vocabulary).toEqual(trained.vocabulary);
    for (const id of trained.langs) {
      expect(loaded.profiles[id]!.totals).toEqual(trained.profiles[id]!.totals);
      expect(new Map(loaded.profiles[id]!.counts)).toEqual(trained.profiles[id]!.counts);
    }
  });

  it('score texts and words exactly as the trained profiles do', () => {
    const trained = trainSampleProfiles();
    for (const text of ['Мақалада билік философиясы қарастырылады.', 'Список литературы', 'Key words', 'Qazaqstan', 'Бiлiм']) {
      expect(identifyLanguage(text)).toEqual(identifyLanguage(text, trained));
    }
    expect(scoreWord('бағынушы', 'kk')).toBe(scoreWord('бағынушы', 'kk', trained));
  });
});

describe('the profile file form', () => {
  it('round-trips the profiles and refuses an n-gram order it was not trained with', () => {
    const trained = trainSampleProfiles();
    const file = toProfileFile(trained, 'test', 'test');
    expect(toProfileFile(fromProfileFile(file), 'test', 'test')).toEqual(file);
    expect(() => fromProfileFile({ ...file, maxNgram: 5 })).toThrow(/n-grams up to 5/);
  });

  it('refuses a file whose n-grams and counts do not line up', () => {
    expect(() => fromProfileFile({ source: '', licence: '', maxNgram: 4, profiles: { en: { grams: 'a|b', counts: [1] } } })).toThrow(/2 n-grams but 1 counts/);
  });
});
