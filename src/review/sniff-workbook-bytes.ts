/**
 * Tells from its first bytes why a file cannot be an xlsx workbook, before a zip reader fails on it with a
 * message no reviewer can act on. Returns `null` when the file starts like a zip archive (as every xlsx does).
 */
export function sniffWorkbookBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'it is an empty zip archive, not an xlsx workbook';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'it is an old binary Excel file (.xls) or an encrypted workbook; save it as "Excel Workbook (.xlsx)" without a password';
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith('<')) return 'it is an XML or HTML file, not an xlsx workbook (a zip archive)';
  return 'it is not a zip archive, as every xlsx workbook is';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
