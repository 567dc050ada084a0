import { build, CorpusError } from '../runner.js';
import { OutputLockedError } from '../lock.js';
import { DecisionsFileError } from '../exports.js';
import { chooseProgressMode } from '../progress.js';
import { formatBuildSummary } from '../summary.js';
import { EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS, type ExitCode } from './types.js';

export interface BuildCommandOptions {
  corpus: string;
  out: string;
  jobs: number;
  force: boolean;
  strict: boolean;
  /** Size limit of an input file, in megabytes. */
  maxFileSize?: number;
}

/**
 * `tilmash build`: runs the staged pipeline over the corpus folder and writes the output folder.
 * Exit 0 when done; 1 when done but some documents failed (or, with --strict, any warning); 2 when nothing
 * could be built (no corpus, no document, every document failed, output folder locked).
 */
export async function buildCommand(options: BuildCommandOptions): Promise<ExitCode> {
  let result;
  try {
    result = await build({
      corpusDir: options.corpus,
      outDir: options.out,
      jobs: options.jobs,
      force: options.force,
      maxBytes: (options.maxFileSize ?? 20) * 1024 * 1024,
      progress: chooseProgressMode(process.stderr),
    });
  } catch (error) {
    if (error instanceof CorpusError || error instanceof OutputLockedError || error instanceof DecisionsFileError) {
      process.stderr.write(`tilmash build: ${error.message}\n`);
      return EXIT_FAILED;
    }
    throw error;
  }
  process.stdout.write(formatBuildSummary(result, options.out) + '\n');
  const documents = result.documents;
  if (documents.length === 0) {
    process.stderr.write(`tilmash build: no input files in \`${options.corpus}\`.\n`);
    return EXIT_FAILED;
  }
  if (documents.every((d) => d.failed)) return EXIT_FAILED;
  const messages = [...documents.flatMap((d) => d.messages), ...result.corpusMessages];
  if (documents.some((d) => d.failed) || messages.some((m) => m.severity === 'fatal')) return EXIT_PROBLEMS;
  if (options.strict && messages.some((m) => m.severity === 'warning')) return EXIT_PROBLEMS;
  return EXIT_OK;
}
