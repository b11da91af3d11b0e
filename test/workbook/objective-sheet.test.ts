import example from '../../examples/relazione-2022.json';
import type { Objective, Report } from '../../src/core/model';
import { parseCellAddress } from '../../src/workbook/address';
import type { LayoutCell, SheetLayout } from '../../src/workbook/layout';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';

const report = example as unknown as Report;
const objective = (number: number): Objective => report.objectives.find((o) => o.number === number)!;

/** The layout cell at an address, looked up through the blocks. */
function cellAt(layout: SheetLayout, address: string): LayoutCell | null {
  const target = parseCellAddress(address);
  for (const block of layout.blocks) {
    const origin = parseCellAddress(block.address);
    const row = block.cells[target.row - origin.row];
    const cell = row?.[target.column - origin.column];
    if (cell !== undefined) return cell;
  }
  return null;
}

describe('objective sheet layout', () => {
  const layout = objectiveSheetLayout(objective(5));

  it('is tagged and named by the objective number, and is plain JSON', () => {
    expect(layout.key).toBe('objective:5');
    expect(layout.name).toBe('Obiettivo 5');
    expect(layout.tag).toEqual({ kind: 'objective', number: 5 });
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it('writes the header block with labels in A and values in B', () => {
    expect(cellAt(layout, 'A3')?.value).toBe('N.');
    expect(cellAt(layout, 'B3')?.value).toBe(5);
    expect(cellAt(layout, 'A4')?.value).toBe('Titolo');
    expect(cellAt(layout, 'B4')?.value).toBe('ATTIVAZIONE DI UN SISTEMA PER IL MONITORAGGIO CENTRALIZZATO DEI PROGETTI');
    expect(cellAt(layout, 'B5')?.value).toBe('E01; E01.01');
    expect(cellAt(layout, 'C5')?.value).toContain('E01.01 - RENDERE DISPONIBILE');
    expect(cellAt(layout, 'B6')?.value).toBe('Nuovo');
    expect(cellAt(layout, 'A11')?.value).toBe('Valutazione OIV (su 100)');
    expect(cellAt(layout, 'B11')).toMatchObject({ value: 100, input: true });
  });

  it('lays out the indicators table with indicator, target and result first, the optional columns last', () => {
    const cells = objectiveCells(2);
    expect(cells.tableHeaderRow).toBe(19);
    const header = 'ABCDEFGHIJK'.split('').map((column) => cellAt(layout, `${column}19`)?.value);
    expect(header).toEqual(['Indicatore', 'Target', 'Risultato', 'Raggiunto', 'Grado', 'Target rivisto', 'Motivo revisione', 'Note', 'Peso', 'Baseline', 'Soglia']);
    expect(layout.tables).toEqual([{ name: 'TrgObiettivo5', range: 'A19:R21', style: 'TableStyleLight9' }]);
    const annualCycle = 'LMNOPQR'.split('').map((column) => cellAt(layout, `${column}19`)?.value);
    expect(annualCycle).toEqual(['Valore anno precedente', 'Andamento', 'Data revisione', 'Monitoraggio al', 'Valore monitorato', 'Previsione', 'Nota monitoraggio']);
  });

  it('evaluates against the revised target when there is one, with live PERF formulas on the row', () => {
    expect(cellAt(layout, 'B21')?.value).toBe('>= 8');
    expect(cellAt(layout, 'F21')).toMatchObject({ value: '>= 4', input: true });
    expect(cellAt(layout, 'D21')?.formula).toBe('=IF(LEN(C21)=0,"",PERF.ACHIEVED(C21,IF(LEN(F21)>0,F21,B21),TRG_DEADLINE_TOLERANCE))');
    expect(cellAt(layout, 'E21')?.formula).toBe('=IF(LEN(C21)=0,"",PERF.ACHIEVEMENT(C21,IF(LEN(F21)>0,F21,B21),J21,K21,TRG_DEADLINE_TOLERANCE))');
    expect(cellAt(layout, 'E21')?.numberFormat).toBe('0.00%');
  });

  it('keeps results as written in text cells, and turns a deadline result into a date', () => {
    expect(cellAt(layout, 'C21')).toMatchObject({ value: '4', numberFormat: '@', input: true });
    expect(cellAt(layout, 'C20')).toMatchObject({ value: 44926, numberFormat: 'dd/mm/yyyy', input: true }); // 31/12/2022
    const nine = objectiveSheetLayout(objective(9));
    expect(cellAt(nine, 'C22')).toMatchObject({ value: '1.134', numberFormat: '@' });
    expect(cellAt(nine, 'B22')).toMatchObject({ value: '>= 700', numberFormat: '@' });
  });

  it('computes score, final degree, status and payable amount under the table', () => {
    const footer = objectiveCells(2).footer;
    expect(footer).toEqual({ score: 'B23', finalDegree: 'B24', status: 'B25', payable: 'B26' });
    expect(cellAt(layout, 'A23')?.value).toBe('Punteggio calcolato');
    // Nothing measured yet is "—", as the report shows it; only real errors are errors.
    expect(cellAt(layout, 'B23')?.formula).toBe('=IFNA(PERF.OBJECTIVESCORE(E20:E21,I20:I21),"—")');
    expect(cellAt(layout, 'B24')?.formula).toBe(
      '=IF(LEN(B15)>0,"n.v.",IF(AND(TRG_FINAL_FROM_OIV,ISNUMBER(B11)),B11/100,IF(ISNUMBER(B23),B23,IF(ISERROR(B23),B23,"n.v."))))',
    );
    // With nothing measurable and no score, the verdict the report states (B13) is the outcome.
    expect(cellAt(layout, 'B25')?.formula).toBe(
      '=IF(AND(LEN(B15)=0,NOT(ISNUMBER(B24)),NOT(ISERROR(B24)),OR(B13="Raggiunto",B13="Parzialmente raggiunto",B13="Non raggiunto")),B13,PERF.STATUS(B24,TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM))',
    );
    expect(cellAt(layout, 'B26')?.formula).toBe(
      '=IF(LEN(B10)=0,"—",IF(ISERROR(B24),B24,IF(ISNUMBER(B24),PERF.FUNDSHARE(B10,B24,TRG_PAYMENT_THRESHOLD,TRG_PAYOUT_RULE,TRG_PAYOUT_BANDS),0)))',
    );
    expect(cellAt(layout, 'B26')?.numberFormat).toBe('#,##0.00 "€"');
    expect(layout.names.map((name) => `${name.name}=${name.address}`)).toEqual([
      'TRG_OBJ5_SCORE=B23',
      'TRG_OBJ5_DEGREE=B24',
      'TRG_OBJ5_STATUS=B25',
      'TRG_OBJ5_PAYABLE=B26',
    ]);
  });

  it('marks exactly the analyst input cells: results, revisions, notes, previous year values, OIV, stated verdict, shortfall reason and neutralisation', () => {
    const inputs: string[] = [];
    for (const block of layout.blocks) {
      const origin = parseCellAddress(block.address);
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.input) inputs.push(`${String.fromCharCode(65 + origin.column + c)}${origin.row + r + 1}`);
        }),
      );
    }
    expect(inputs.sort()).toEqual(
      ['B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'F20', 'F21', 'G20', 'G21', 'C20', 'C21', 'H20', 'H21', 'L20', 'L21', 'N20', 'N21', 'O20', 'O21', 'P20', 'P21', 'R20', 'R21'].sort(),
    );
    for (const address of inputs) expect(cellAt(layout, address)?.style).toMatch(/^input/);
    expect(layout.styles.input.fill).toBe('#FFF2CC');
    expect(layout.styles.computed.fill).toBeUndefined();
  });

  it('shows n.v. for a neutralised indicator and keeps one empty row for an objective without indicators', () => {
    const neutralised = objectiveSheetLayout({
      number: 20,
      title: 'Prova',
      planReferences: [],
      indicators: [{ name: 'rinviato', target: '100%', neutralised: true }],
    });
    expect(cellAt(neutralised, 'D20')?.value).toBe('n.v.');
    expect(cellAt(neutralised, 'E20')?.value).toBe('n.v.');
    const empty = objectiveSheetLayout({ number: 21, title: 'Vuoto', planReferences: [], indicators: [] });
    expect(empty.tables[0].range).toBe('A19:R20');
    expect(cellAt(empty, 'D20')?.formula).toBeUndefined();
    expect(cellAt(empty, 'B22')?.formula).toBe('=IFNA(PERF.OBJECTIVESCORE(E20:E20,I20:I20),"—")');
  });
});
