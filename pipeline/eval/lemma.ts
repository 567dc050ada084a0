import type { Evaluator } from './types.js';

/** Placeholder: filled in by the issue that owns this evaluation part. */
export const lemmaEvaluator: Evaluator = {
  name: 'lemma',
  needs: [],
  async run(context) {
    context.print('(not implemented yet)');
    return [];
  },
};
