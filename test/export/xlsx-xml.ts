// Reads the XML parts of an xlsx file, to check what Excel will see rather than what ExcelJS reads back.
import JSZip from 'jszip';

export interface XlsxParts {
  /** Sheet name → its worksheet XML. */
  sheets: Map<string, string>;
  workbook: string;
  styles: string;
  sharedStrings: string;
}

export async function xlsxParts(bytes: Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const sheets = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`<Relationship [^>]*Id="${match[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target) sheets.set(match[1], await read(`xl/${target.replace(/^\/?xl\//, '')}`));
  }
  return { sheets, workbook, styles: await read('xl/styles.xml'), sharedStrings: await read('xl/sharedStrings.xml') };
}

/** The `numFmtId` of each cell style (`s` attribute index into cellXfs). */
export function cellStyleFormats(styles: string): number[] {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
}
