// The parts of ExcelJS's own .xlsx writer that xlsx-package.ts feeds a sheet at a time (ExcelJS 4.4 declares none).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  export default class WorksheetXform {
    prepare(model: any, options: any): void;
    render(stream: any, model: any): void;
  }
}
declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  export default class RelationshipsXform {
    render(stream: any, model: any): void;
  }
}
declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  export default class WorkbookXform {
    prepare(model: any): void;
  }
}
declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  export default class SharedStringsXform {
    readonly count: number;
  }
}
declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  export default class StylesXform {
    constructor(initialise: boolean);
  }
}
declare module 'exceljs/lib/utils/xml-stream' {
  export default class XmlStream {
    readonly xml: string;
  }
}
