import shipped from './profiles.json' with { type: 'json' };
import { fromProfileFile, type ProfileFile } from './profile-file.js';
import type { LidProfiles } from './types.js';

let cached: LidProfiles | undefined;

/**
 * The shipped profiles, loaded on first use from `profiles.json`: the counts `trainSampleProfiles` trains from
 * the samples in `src/lang/<lang>/lid-sample.json` (CC BY-SA 4.0), stored so that no worker trains them again.
 */
export function defaultProfiles(): LidProfiles {
  cached ??= fromProfileFile(shipped as ProfileFile);
  return cached;
}
