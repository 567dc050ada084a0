import type { Evaluator } from './types.js';

/** Placeholder: filled in by the issue that owns this evaluation part. */
export const glossaryEvaluator: Evaluator = {
  name: 'glossary',
  needs: [],
  async run(context) {
    context.print('(not implemented yet)');
    return [];
  },
};
