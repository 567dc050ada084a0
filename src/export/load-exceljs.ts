import type ExcelJSModule from 'exceljs';

/**
 * ExcelJS, loaded when a workbook is first written or read: loading it takes about 0.3 s, most of the start-up of
 * every command, while a build with nothing to do, `tilmash segment` or `tilmash align` never touch a workbook.
 */
export async function loadExcelJs(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}
