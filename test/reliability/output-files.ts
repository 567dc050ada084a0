// Reading the build's output files back, completely, as their users would: JSON parsed and checked against
// the JSON Schemas, the workbook opened with ExcelJS, TMX and TBX parsed as XML, the CSV split into records.
// `readOutput` throws on a torn or invalid file; what it returns has the parts that differ between two builds
// of the same input (the report's time stamp and timings) taken out, so two builds can be compared.
import { Ajv, type ValidateFunction } from 'ajv';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import alignmentSchema from '../../schemas/alignment.schema.json' with { type: 'json' };
import glossarySchema from '../../schemas/glossary.schema.json' with { type: 'json' };
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };

const ajv = new Ajv({ allErrors: true });
const SCHEMAS: Record<string, ValidateFunction> = {
  'alignment.json': ajv.compile(alignmentSchema),
  'glossary.json': ajv.compile(glossarySchema),
  'report.json': ajv.compile(reportSchema),
};

/** Problems with `value` against the JSON Schema of output file `name` (empty when valid or not a JSON output). */
export function schemaProblems(name: string, value: unknown): string[] {
  const validate = SCHEMAS[name];
  if (!validate || validate(value)) return [];
  return (validate.errors ?? []).slice(0, 5).map((error) => `${name}${error.instancePath} ${error.message ?? ''}`);
}

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** The report's time stamp and timings, which change from build to build of the same input. */
function withoutVolatile(name: string, value: unknown): unknown {
  if (name !== 'report.json' || typeof value !== 'object' || value === null) return value;
  const { generated: _generated, timings: _timings, ...rest } = value as Record<string, unknown>;
  return rest;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });

/**
 * Parses one CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) into records;
 * throws on an unterminated quote or a record whose field count differs from the header's.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) endRecord();
  const width = records[0]?.length ?? 0;
  records.forEach((r, index) => {
    if (r.length !== width) throw new Error(`CSV record ${index} has ${r.length} fields, the header ${width}`);
  });
  return records;
}

/** Every sheet of a workbook as rows of cell texts; throws when ExcelJS cannot open it. */
export async function readWorkbook(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text.replace(ISO_TIME, '<time>')));
      rows.push(cells);
    });
    sheets[sheet.name] = rows;
  });
  if (Object.keys(sheets).length === 0) throw new Error('the workbook has no sheet');
  return sheets;
}

/**
 * Reads output file `name` completely and returns its content in a comparable form; throws when the file is
 * torn, unreadable or (for the JSON files) does not match its schema.
 */
export async function readOutput(name: string, bytes: Uint8Array): Promise<unknown> {
  const text = () => Buffer.from(bytes).toString('utf8');
  if (name.endsWith('.json')) {
    const value: unknown = JSON.parse(text());
    const problems = schemaProblems(name, value);
    if (problems.length > 0) throw new Error(`${name} does not match its schema: ${problems.join('; ')}`);
    return withoutVolatile(name, value);
  }
  if (name.endsWith('.tmx') || name.endsWith('.tbx')) {
    const xml = text();
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return xmlParser.parse(xml);
  }
  if (name.endsWith('.csv')) return parseCsv(text());
  if (name.endsWith('.xlsx')) return readWorkbook(bytes);
  throw new Error(`no reader for ${name}`);
}

/**
 * Where two read-back outputs first differ (`sheets.Report[3][2]: "a" ≠ "b"`), or null when they are equal:
 * a readable failure for files too large for a diff.
 */
export function firstDifference(actual: unknown, expected: unknown, at = ''): string | null {
  if (Object.is(actual, expected)) return null;
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 160) ?? String(value);
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${at || '(root)'}: ${show(actual)} ≠ ${show(expected)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${at}: array and object`;
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const difference = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${at}[${JSON.stringify(key)}]`);
    if (difference) return difference;
  }
  return null;
}
