// Child process of `npm run bench`: one build, then its figures as JSON on stdout. A separate process per
// build gives honest cold-start times and a peak resident memory that covers the worker threads too.
import { build } from '../runner.js';
import { fromCache } from '../process-document.js';

const [corpusDir, outDir, jobs, force] = process.argv.slice(2);
const result = await build({ corpusDir, outDir, jobs: Number(jobs), force: force === 'force', progress: 'silent' });
process.stdout.write(
  JSON.stringify({
    totalMs: result.totalMs,
    documentPhaseMs: result.documentPhaseMs,
    timings: result.timings,
    documents: result.documents.length,
    failed: result.documents.filter((d) => d.failed).length,
    reprocessed: result.documents.filter((d) => !fromCache(d)).length,
    glossaryEntries: result.outcome?.glossaryEntries ?? null,
    upToDate: result.upToDate,
    maxRssKiB: process.resourceUsage().maxRSS,
  }) + '\n',
);
