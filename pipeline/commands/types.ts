/** Exit codes of every command: 0 done, 1 done but some inputs had problems, 2 usage error or nothing built. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILED = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_FAILED;

/** A usage error found by a command handler: the CLI prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
