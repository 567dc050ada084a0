// Edits a review workbook programmatically the way a reviewer does in Excel: set a status, correct a term, write
// a note, sort the rows, delete a row, move a column. Rows are found by entry id and columns by header, like
// the import does, so each edit works whatever the previous edits did to the layout.
import ExcelJS from 'exceljs';

export class Reviewer {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(bytes: Uint8Array): Promise<Reviewer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return new Reviewer(workbook);
  }

  get sheet(): ExcelJS.Worksheet {
    return this.workbook.getWorksheet('Glossary')!;
  }

  column(header: string): number {
    const values = this.sheet.getRow(1).values as unknown[];
    const index = values.findIndex((value) => value === header);
    if (index < 1) throw new Error(`no column "${header}"`);
    return index;
  }

  rowOf(id: string): ExcelJS.Row {
    const column = this.column('Entry id');
    for (let rowNumber = 2; rowNumber <= this.sheet.rowCount; rowNumber++) {
      const row = this.sheet.getRow(rowNumber);
      if (row.getCell(column).value === id) return row;
    }
    throw new Error(`no row for entry "${id}"`);
  }

  set(id: string, header: string, value: ExcelJS.CellValue): this {
    this.rowOf(id).getCell(this.column(header)).value = value;
    return this;
  }

  /** Sorts the data rows by a column, as Excel's Sort does: whole rows move, values and styles. */
  sortBy(header: string, direction: 'ascending' | 'descending' = 'ascending'): this {
    const column = this.column(header);
    const rows: Array<{ values: ExcelJS.CellValue[]; key: string }> = [];
    for (let rowNumber = 2; rowNumber <= this.sheet.rowCount; rowNumber++) {
      const row = this.sheet.getRow(rowNumber);
      if (!row.hasValues) continue;
      const values: ExcelJS.CellValue[] = [];
      for (let c = 1; c <= this.sheet.columnCount; c++) values.push(row.getCell(c).value);
      rows.push({ values, key: String(row.getCell(column).value ?? '') });
    }
    rows.sort((a, b) => a.key.localeCompare(b.key) * (direction === 'ascending' ? 1 : -1));
    rows.forEach((row, index) => {
      const target = this.sheet.getRow(index + 2);
      row.values.forEach((value, i) => {
        target.getCell(i + 1).value = value;
      });
    });
    return this;
  }

  deleteRow(id: string): this {
    this.sheet.spliceRows(this.rowOf(id).number, 1);
    return this;
  }

  /** Moves a column to the front (cut and insert, as a reviewer drags it). */
  moveColumnToFront(header: string): this {
    const column = this.column(header);
    const values = (this.sheet.getColumn(column).values as ExcelJS.CellValue[]).slice();
    this.sheet.spliceColumns(column, 1);
    this.sheet.spliceColumns(1, 0, values.slice(1));
    return this;
  }

  addColumn(header: string, value: string): this {
    const column = this.sheet.columnCount + 1;
    this.sheet.getRow(1).getCell(column).value = header;
    for (let rowNumber = 2; rowNumber <= this.sheet.rowCount; rowNumber++) this.sheet.getRow(rowNumber).getCell(column).value = value;
    return this;
  }

  async save(): Promise<Buffer> {
    return Buffer.from((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
}
