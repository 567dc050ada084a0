#!/usr/bin/env node
// The command line: parses arguments, calls the pipeline and maps the result to exit codes 0/1/2.
// Nothing else calls process.exit.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT_FAILED, UsageError, type ExitCode } from '../pipeline/commands/types.js';

// Command handlers are loaded on demand: `tilmash segment` need not load the morphology dictionaries.
const buildCommand = async (options: Parameters<typeof import('../pipeline/commands/build.js').buildCommand>[0]) =>
  (await import('../pipeline/commands/build.js')).buildCommand(options);
const segmentCommand = async (options: Parameters<typeof import('../pipeline/commands/segment.js').segmentCommand>[0]) =>
  (await import('../pipeline/commands/segment.js')).segmentCommand(options);
const alignCommand = async (options: Parameters<typeof import('../pipeline/commands/align.js').alignCommand>[0]) =>
  (await import('../pipeline/commands/align.js')).alignCommand(options);
const lemmaCommand = async (options: Parameters<typeof import('../pipeline/commands/lemma.js').lemmaCommand>[0]) =>
  (await import('../pipeline/commands/lemma.js')).lemmaCommand(options);
const reviewImportCommand = async (options: Parameters<typeof import('../pipeline/commands/review.js').reviewImportCommand>[0]) =>
  (await import('../pipeline/commands/review.js')).reviewImportCommand(options);

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError(`Expected a whole number of at least 1, found \`${value}\`.`);
  }
  return parsed;
}

const langOption = () =>
  new Option('--lang <lang>', 'language of the text').choices(['en', 'kk', 'ru']).makeOptionMandatory();

function createProgram(run: (work: Promise<ExitCode>) => void): Command {
  const program = new Command('tilmash')
    .description('Trilingual (English, Kazakh, Russian) journal articles into aligned sentences and a reviewed glossary.')
    .version(packageJson.version, '-v, --version')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('build')
    .description('Build output/ (alignment, glossary, exports, report) from the articles in the corpus folder.')
    .option('--corpus <dir>', 'folder of articles (.md, .txt, .docx)', 'corpus')
    .option('--out <dir>', 'output folder', 'output')
    .option('--jobs <n>', 'worker threads for the per-document stages (default: the number of cores)', positiveInteger, availableParallelism())
    .option('--force', 'ignore the cache and reprocess every document', false)
    .option('--strict', 'exit with 1 when any warning was reported (for CI)', false)
    .option('--max-file-size <mb>', 'refuse input files larger than this many megabytes', positiveInteger, 20)
    .action((options: { corpus: string; out: string; jobs: number; force: boolean; strict: boolean; maxFileSize: number }) =>
      run(buildCommand(options)),
    );

  program
    .command('segment')
    .description('Split text into sentences: one sentence per line, a blank line between paragraphs.')
    .addOption(langOption())
    .argument('[file]', 'UTF-8 text file (standard input when omitted)')
    .action((file: string | undefined, options: { lang: string }) => run(segmentCommand({ lang: options.lang, file })));

  program
    .command('align')
    .description('Align pre-split text (one unit per line) in two or three languages.')
    .option('--en <file>', 'English units, one per line')
    .option('--kk <file>', 'Kazakh units, one per line')
    .option('--ru <file>', 'Russian units, one per line')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'tsv']).default('json'))
    .action((options: { en?: string; kk?: string; ru?: string; format: string }) => run(alignCommand(options)));

  program
    .command('lemma')
    .description('Group word forms into lexemes: one word per line in, `word<TAB>key` out.')
    .addOption(langOption())
    .argument('[file]', 'UTF-8 file of words (standard input when omitted)')
    .action((file: string | undefined, options: { lang: string }) => run(lemmaCommand({ lang: options.lang, file })));

  const review = program.command('review').description('Round-trip the review workbook.');
  review
    .command('import')
    .description("Read a reviewer's decisions from a glossary workbook into the corpus decisions file.")
    .argument('<workbook>', 'the reviewed glossary.xlsx')
    .option('--corpus <dir>', 'corpus folder that holds the decisions file', 'corpus')
    .action((workbook: string, options: { corpus: string }) =>
      run(reviewImportCommand({ workbook, corpus: options.corpus })),
    );

  return program;
}

async function main(argv: string[]): Promise<number> {
  let pending: Promise<ExitCode> | undefined;
  const program = createProgram((work) => {
    pending = work;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2.
      return error.exitCode === 0 ? 0 : EXIT_FAILED;
    }
    throw error;
  }
  if (!pending) {
    program.outputHelp();
    return EXIT_FAILED;
  }
  try {
    return await pending;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tilmash: ${error.message}\n`);
      return EXIT_FAILED;
    }
    throw error;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tilmash: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
