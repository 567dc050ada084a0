import type { Evaluator } from './types.js';

/** Placeholder: filled in by the issue that owns this evaluation part. */
export const segmentEvaluator: Evaluator = {
  name: 'segment',
  needs: [],
  async run(context) {
    context.print('(not implemented yet)');
    return [];
  },
};
