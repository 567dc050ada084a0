// The review workbook's zip: parts deflated in pieces in the thread pool, read back whole by a zip reader.
import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useZipParts, ZipParts } from '../../src/export/zip-parts.js';

/** Collects what a ZipParts writes, as the workbook renderer's sink does. */
function sink(): { output: { end(bytes: Buffer): void }; bytes: Promise<Buffer> } {
  let end!: (bytes: Buffer) => void;
  const bytes = new Promise<Buffer>((resolve) => (end = resolve));
  return { output: { end }, bytes };
}

/** A stand-in for ExcelJS's sheet stream: hands its bytes to what it is piped to, in chunks, then ends it. */
function sheetStream(chunks: Buffer[]) {
  return {
    pipe(destination: { write(chunk: Buffer, done?: () => void): void; end(): void }) {
      queueMicrotask(() => {
        for (const chunk of chunks) destination.write(chunk, () => {});
        destination.end();
      });
    },
  };
}

describe('ZipParts', () => {
  it('writes parts of text, bytes and streams, one of several deflated pieces, that a zip reader reads back byte for byte', async () => {
    const { output, bytes } = sink();
    const zip = new ZipParts(output, new Date(2000, 0, 1, 12, 30, 10));
    // About 10 MB of XML in 70 KB chunks (as ExcelJS hands them): three pieces, the last one ending the stream.
    const row = Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>қазақ\n'.repeat(1300), 'utf8');
    const chunks = Array.from({ length: 150 }, (_, i) => Buffer.concat([row, Buffer.from(String(i))]));
    // And 10 MB at once, as the shared strings come: cut into pieces without a copy.
    const large = Buffer.concat(chunks.slice(0, 145)).subarray(3);
    zip.append('<?xml version="1.0"?><theme/>', { name: 'xl/theme/theme1.xml' });
    zip.append(sheetStream(chunks), { name: '/xl/worksheets/sheet1.xml' });
    zip.append(large, { name: '/xl/sharedStrings.xml' });
    zip.append(Buffer.from('bytes'), { name: '/xl/empty-stream-next.bin' });
    zip.append(sheetStream([]), { name: 'xl/worksheets/sheet2.xml' });
    zip.finalize();

    const read = await JSZip.loadAsync(await bytes, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual([
      'xl/theme/theme1.xml',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/empty-stream-next.bin',
      'xl/worksheets/sheet2.xml',
    ]);
    expect((await read.file('xl/sharedStrings.xml')!.async('nodebuffer')).equals(large)).toBe(true);
    expect(await read.file('xl/theme/theme1.xml')!.async('string')).toBe('<?xml version="1.0"?><theme/>');
    expect((await read.file('xl/worksheets/sheet1.xml')!.async('nodebuffer')).equals(Buffer.concat(chunks))).toBe(true);
    expect(await read.file('xl/empty-stream-next.bin')!.async('string')).toBe('bytes');
    expect(await read.file('xl/worksheets/sheet2.xml')!.async('string')).toBe('');
    expect(read.files['xl/theme/theme1.xml'].date.getFullYear()).toBe(2000);
  });

  it('reports a part that fails to the error handlers instead of writing an archive', async () => {
    const { output, bytes } = sink();
    const zip = new ZipParts(output, new Date());
    const failed = new Promise((resolve) => zip.on('error', resolve));
    zip.append({ pipe: () => { throw new Error('no pipe'); } } as never, { name: 'x' });
    zip.finalize();
    expect(await Promise.race([failed, bytes.then(() => 'written')])).toBeInstanceOf(Error);
  });
});

describe('useZipParts', () => {
  it("takes the place of the archiver of ExcelJS's streaming writer, and leaves any other object as it is", () => {
    const stream = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
    expect(useZipParts(workbook, stream)).toBe(true);
    expect((workbook as unknown as { zip: unknown }).zip).toBeInstanceOf(ZipParts);
    // Made on another stream, or not a writer at all: unchanged.
    expect(useZipParts(new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() }), stream)).toBe(false);
    const other = { zip: null };
    expect(useZipParts(other, stream)).toBe(false);
    expect(other.zip).toBe(null);
  });
});
