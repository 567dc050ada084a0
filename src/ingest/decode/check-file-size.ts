import type { StageMessage } from '../../model/message.js';

/** Default size limit of an input file: 20 MiB, far above any journal article (a long one is under 1 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Checks a file size against the limit. The runner can call this with the size from `stat` before it reads
 * the file, so an oversized file is never loaded; {@link decodeInput} calls it again on the bytes it is given.
 *
 * @returns a `file-too-large` message, or `undefined` when the size is within the limit.
 * @throws when `maxBytes` is not a positive integer (a programmer error in the caller's options).
 */
export function checkFileSize(size: number, fileName: string, maxBytes: number = DEFAULT_MAX_BYTES): StageMessage | undefined {
  assertMaxBytes(maxBytes);
  if (size <= maxBytes) return undefined;
  return {
    ruleId: 'file-too-large',
    severity: 'fatal',
    reason:
      `Expected \`${fileName}\` to be at most ${formatBytes(maxBytes)} (${maxBytes} bytes), found ${formatBytes(size)} ` +
      `(${size} bytes); it was not read. Raise the size limit if the file is genuine.`,
    actual: String(size),
    expected: `<= ${maxBytes}`,
  };
}

/** Throws for a size limit that is not a positive integer, saying how to fix the call. */
export function assertMaxBytes(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`Expected \`maxBytes\` to be a positive integer number of bytes, got \`${String(maxBytes)}\`.`);
  }
}

/** Formats a byte count for people: `20 MiB`, `512 KiB`, `17 bytes`. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${trimNumber(size / (1024 * 1024))} MiB`;
  if (size >= 1024) return `${trimNumber(size / 1024)} KiB`;
  return `${size} bytes`;
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
