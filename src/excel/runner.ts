// The Excel an operation runs on, passed in by the caller: Office's inside the pane (office-host.ts), an emulator's
// in the command line, the workbench and the tests. Nothing in src/excel reads a global Excel.

/** One Excel.run batch. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Office.context.requirements.isSetSupported of that Excel: asked where a newer feature has a cheaper path. */
export type SetSupport = (name: string, version: string) => boolean;

export interface BatchRunner {
  /** Excel.run of that Excel. */
  run<T>(batch: Batch<T>): Promise<T>;
  isSetSupported: SetSupport;
}

/** What Office.js offers as `Excel` and `Office.context.requirements`; an emulator from createExcelEmulator has the same shape. */
export interface ExcelObjectModel {
  Excel: { run<T>(batch: Batch<T>): Promise<T> };
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

/** The runner of an Excel object model: Office's own, or an emulated one. */
export function batchRunner(excel: ExcelObjectModel): BatchRunner {
  return {
    run: (batch) => excel.Excel.run(batch),
    isSetSupported: (name, version) => excel.requirements.isSetSupported(name, version),
  };
}
