// The pieces of the emulator <-> .xlsx mapping (src/engine/xlsx): formula text as files store it, cached results
// read from the sheet XML, column widths, and loading what the engine cannot compute.
import { Workbook } from 'exceljs';
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import {
  captureEmulator,
  columnWidthToPoints,
  emptySheet,
  formulaResultsOfSheetXml,
  fromFileFormula,
  loadImageIntoEmulator,
  pointsToColumnWidth,
  readXlsx,
  toFileFormula,
  writeXlsx,
  type WorkbookImage,
} from '../../src/engine/xlsx';
import { inItalian } from '../support/italian';

const emulator = () => createExcelEmulator({ hyperformula: createPerfHyperFormula(), payloadLimitBytes: Infinity });

describe('formula text in files', () => {
  it('drops the "=" and prefixes functions newer than Excel 2007, never inside quotes', () => {
    expect(toFileFormula('=IFNA(A1,0)+SUM(B1:B3)', ['PERF'])).toBe('_xlfn.IFNA(A1,0)+SUM(B1:B3)');
    expect(toFileFormula('=IFNA(IFNA(A1,0),1)', ['PERF'])).toBe('_xlfn.IFNA(_xlfn.IFNA(A1,0),1)');
    expect(toFileFormula('="IFNA(x)"&\'IFS(1)\'!A1', ['PERF'])).toBe('"IFNA(x)"&\'IFS(1)\'!A1');
  });

  it('writes PERF calls as Excel saves a JavaScript custom function: "_xldudf_", the namespace dot an underscore', () => {
    expect(toFileFormula('=PERF.ACHIEVED(F7,IF(LEN(D7)>0,D7,C7))', ['PERF'])).toBe('_xldudf_PERF_ACHIEVED(F7,IF(LEN(D7)>0,D7,C7))');
    expect(toFileFormula('=IFERROR(perf.status(B22,TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM),"")', ['PERF'])).toBe(
      'IFERROR(_xldudf_PERF_STATUS(B22,TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM),"")',
    );
    expect(toFileFormula('="PERF.STATUS(x)"&_xldudf_CONTOSO_GETVAL(A1)', ['PERF'])).toBe('"PERF.STATUS(x)"&_xldudf_CONTOSO_GETVAL(A1)');
  });

  it('reads back "_xlfn." and the "_xldudf_" form Excel saves JavaScript custom functions in', () => {
    expect(fromFileFormula('_xlfn.IFNA(A1,0)', ['PERF'])).toBe('=IFNA(A1,0)');
    expect(fromFileFormula('_xldudf_PERF_ACHIEVED(G7,"< 75 gg")', ['PERF'])).toBe('=PERF.ACHIEVED(G7,"< 75 gg")');
    expect(fromFileFormula('_xldudf_perf.status(B22,TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM)', ['PERF'])).toBe('=PERF.STATUS(B22,TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM)');
    expect(fromFileFormula('"_xlfn.kept"&A1', ['PERF'])).toBe('="_xlfn.kept"&A1');
    // Another add-in's function stays as Excel shows it while that add-in is not loaded.
    expect(fromFileFormula('_xldudf_CONTOSO_GETVAL(A1)*2', ['PERF'])).toBe('=_xldudf_CONTOSO_GETVAL(A1)*2');
  });

  it('reads both forms back to the same formula', () => {
    const formula = '=IF(PERF.ACHIEVED(G7,"< 75 gg"),1,0)';
    expect(fromFileFormula(toFileFormula(formula, ['PERF']), ['PERF'])).toBe(formula);
    expect(fromFileFormula(formula.slice(1), ['PERF'])).toBe(formula);
  });
});

describe('cached results in the sheet XML', () => {
  it('types FALSE, 0, "" and errors as the file has them, and knows formulas without a result', () => {
    const xml =
      '<sheetData><row r="1">' +
      '<c r="A1" t="b"><f>1=2</f><v>0</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="str"><f>""&amp;""</f><v></v></c>' +
      '<c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" t="str"><f>"a&amp;b"</f><v>a&amp;b</v></c><c r="F1"><f>NOW()</f></c>' +
      '<c r="G1" s="2"><f t="shared" ref="G1:G2" si="0">A1</f><v>0</v></c><c r="H1" t="s"><v>3</v></c><c r="I1"/>' +
      '</row><row r="2"><c r="G2" t="b"><f t="shared" si="0"/><v>1</v></c></row></sheetData>';
    expect(Object.fromEntries(formulaResultsOfSheetXml(xml))).toEqual({
      A1: false,
      B1: 0,
      C1: '',
      D1: { error: '#N/A' },
      E1: 'a&b',
      F1: null,
      G1: 0,
      G2: true,
    });
  });
});

describe('column widths', () => {
  it('go from points to the file and back to the quarter point', () => {
    for (let points = 1; points <= 400; points++) expect(columnWidthToPoints(pointsToColumnWidth(points))).toBe(points);
    expect(pointsToColumnWidth(48)).toBeCloseTo(9.14, 2); // Excel's standard column: 64 px
  });
});

describe('loading a file into the emulated workbook', () => {
  it('keeps text that looks like a number as text, errors as errors, and the sheets as they were', async () => {
    const image: WorkbookImage = {
      sheets: [
        {
          ...emptySheet('Dati'),
          cells: [
            { row: 0, col: 0, value: '100%' },
            { row: 0, col: 1, value: '1.134' },
            { row: 0, col: 2, value: '=non una formula' },
            { row: 0, col: 3, value: { error: '#N/A' } },
            { row: 0, col: 4, value: false },
            { row: 0, col: 5, value: 0.5, numberFormat: '0%' },
            { row: 1, col: 0, formula: '=Totale*2', value: 8 },
          ],
        },
        { ...emptySheet('Nascosto'), visibility: 'Hidden', cells: [{ row: 0, col: 0, value: 4 }] },
      ],
      names: [{ name: 'Totale', formula: '=Nascosto!$A$1' }],
    };
    const emu = emulator();
    const loaded = await loadImageIntoEmulator(emu, image);
    expect(loaded.notices).toEqual([]);
    expect(emu.sheetNames()).toEqual(['Dati', 'Nascosto']);
    expect(emu.sheets()[1].visibility).toBe('Hidden');
    expect(emu.cells('Dati', 'A1:F1')[0].map((cell) => [cell.value, cell.valueType])).toEqual([
      ['100%', 'String'],
      ['1.134', 'String'],
      ['=non una formula', 'String'],
      ['#N/A', 'Error'],
      [false, 'Boolean'],
      [0.5, 'Double'],
    ]);
    expect(emu.cell('Dati', 'F1').numberFormat).toBe('0%');
    expect(emu.cell('Dati', 'A2')).toMatchObject({ formula: '=Totale*2', value: 8 });
  });

  it("uses the file's cached result where the engine cannot compute the formula, and says so", async () => {
    const image: WorkbookImage = {
      sheets: [
        {
          ...emptySheet('Foglio'),
          cells: [
            { row: 0, col: 0, formula: '=ALTRO.ADDIN(1)', value: 0 },
            { row: 1, col: 0, formula: '=SUM(Tabella1[Importo])', value: false },
            { row: 2, col: 0, formula: '=A1+1', value: 1 },
            { row: 3, col: 0, formula: '=SUM(A1:A3', value: 1 }, // not a formula the engine can parse
          ],
        },
      ],
      names: [],
    };
    const emu = emulator();
    const loaded = await loadImageIntoEmulator(emu, image);
    expect(emu.cell('Foglio', 'A1')).toMatchObject({ value: 0, formula: null });
    expect(emu.cell('Foglio', 'A2')).toMatchObject({ value: false, formula: null });
    expect(emu.cell('Foglio', 'A3')).toMatchObject({ value: 1, formula: '=A1+1' });
    expect(emu.cell('Foglio', 'A4')).toMatchObject({ value: 1, formula: null });
    expect(loaded.cachedStandIns).toBe(3);
    expect(inItalian(loaded.notices)).toEqual([{ sheet: 'Foglio', message: expect.stringMatching(/^3 formule non calcolabili dal motore di calcolo: vale il risultato salvato nel file/) }]);
  });

  it('leaves out the cells of a sheet about to be replaced, unless a formula elsewhere may read them', async () => {
    const image = (reader: string): WorkbookImage => ({
      sheets: [
        { ...emptySheet('Riepilogo'), cells: [{ row: 0, col: 0, formula: '=Dati!A1*2', value: 8 }, { row: 1, col: 0, value: 7, numberFormat: '0.0' }] },
        { ...emptySheet('Dati'), cells: [{ row: 0, col: 0, value: 4 }, { row: 0, col: 1, formula: reader, value: 0 }] },
      ],
      names: [
        { name: 'TRG_SUMMARY', formula: '=Riepilogo!$A$1' },
        { name: 'Doppio', formula: '=Riepilogo!$A$2*2' },
      ],
    });
    const alone = emulator();
    expect((await loadImageIntoEmulator(alone, image('=A1+1'), { replacedSheet: 'riepilogo' })).notices).toEqual([]);
    expect(alone.sheetNames()).toEqual(['Riepilogo', 'Dati']);
    expect(alone.usedRange('Riepilogo')).toBeNull();
    expect(alone.cell('Dati', 'B1').value).toBe(5);
    for (const reader of ['=Riepilogo!A1+1', "='riepilogo'!A2", '=Doppio']) {
      const read = emulator();
      await loadImageIntoEmulator(read, image(reader), { replacedSheet: 'Riepilogo' });
      expect(read.cell('Riepilogo', 'A1').value).toBe(8);
      expect(read.cell('Dati', 'B1').value).toBe({ '=Riepilogo!A1+1': 9, "='riepilogo'!A2": 7, '=Doppio': 14 }[reader]);
    }
  });

  it('computes PERF functions saved by Excel as "_xldudf_PERF_…", and leaves out Excel\'s own names', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Obiettivo');
    sheet.getCell('A1').value = 49.96;
    sheet.getCell('B1').value = { formula: '_xldudf_PERF_ACHIEVED(A1,"< 75 gg")', result: true } as never;
    sheet.pageSetup.printArea = 'A1:B1'; // Excel's own name _xlnm.Print_Area, not one for the engine
    const { image, notices } = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(image.names).toEqual([]);
    expect(notices).toEqual([]);
    const emu = emulator();
    await loadImageIntoEmulator(emu, image);
    expect(emu.cell('Obiettivo', 'B1')).toMatchObject({ formula: '=PERF.ACHIEVED(A1,"< 75 gg")', value: true });
  });

  it("keeps the saved result of another add-in's function (\"_xldudf_CONTOSO_GETVAL(…)\"), which the engine cannot compute", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Dati');
    sheet.getCell('A1').value = 'ABC';
    sheet.getCell('B1').value = { formula: '_xldudf_CONTOSO_GETVAL(A1,"prezzo")', result: 41.5 } as never;
    sheet.getCell('C1').value = { formula: 'B1*2', result: 83 } as never;
    const { image } = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(image.sheets[0].cells.find((cell) => cell.row === 0 && cell.col === 1)).toMatchObject({ formula: '=_xldudf_CONTOSO_GETVAL(A1,"prezzo")' });
    const emu = emulator();
    const loaded = await loadImageIntoEmulator(emu, image);
    expect(emu.cell('Dati', 'B1').value).toBe(41.5);
    expect(emu.cell('Dati', 'C1')).toMatchObject({ formula: '=B1*2', value: 83 });
    expect(loaded.cachedStandIns).toBe(1);
  });

  it('round-trips an emulated workbook through .xlsx to the same cells, formats and objects', async () => {
    const source = emulator();
    await source.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C3').formulas = [['Voce', 'Importo', 'Quota'], ["'001", 1200, '=B2/SUM(B$2:B$3)'], ['Altro', 0, '=B3/SUM(B$2:B$3)']];
      sheet.getRange('C2:C3').numberFormat = [['0.00%'], ['0.00%']];
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1:C1').format.fill.color = '#D9E1F2';
      sheet.getRange('B:B').format.columnWidth = 95;
      sheet.tables.add('A1:C3', true).name = 'Quote';
      const rule = sheet.getRange('C2:C3').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      rule.custom.rule.formula = '=$C2=0';
      rule.custom.format.font.color = '#9C0006';
      sheet.freezePanes.freezeRows(1);
      context.workbook.names.add('PrimaQuota', sheet.getRange('C2'));
      await context.sync();
    });
    const before = captureEmulator(source).image;
    const { data, omitted } = await writeXlsx(before);
    expect(omitted).toEqual([]);
    const target = emulator();
    await loadImageIntoEmulator(target, (await readXlsx(data)).image);
    expect(captureEmulator(target).image).toEqual(before);
    expect(target.cell('Sheet1', 'C3').value).toBe(0);
  });
});
