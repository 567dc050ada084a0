import type { Evaluator } from './types.js';

/** Placeholder: filled in by the issue that owns this evaluation part. */
export const lidEvaluator: Evaluator = {
  name: 'lid',
  needs: [],
  async run(context) {
    context.print('(not implemented yet)');
    return [];
  },
};
