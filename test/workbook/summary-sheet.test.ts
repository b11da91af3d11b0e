import { objectiveCells } from '../../src/workbook/objective-geometry';
import { summaryGeometry, summarySheetLayout, type ObjectiveSheetRef } from '../../src/workbook/summary-sheet';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { snapshotCell } from '../../src/workbook/snapshot';

const refs: ObjectiveSheetRef[] = [
  { number: 9, sheetName: "PID dell'ente", cells: objectiveCells(3), indicatorCount: 3 },
  { number: 1, sheetName: 'Obiettivo 1', cells: objectiveCells(1), indicatorCount: 1 },
];
const cutoffs = { achievedFrom: 0.95, partialFrom: 0.5 };

describe('summary layout', () => {
  const layout = summarySheetLayout(refs, { includeChart: true, includeAnnex: true, cutoffs });
  const sheet = layoutSnapshot(layout);
  const at = (address: string) => snapshotCell(sheet, address).formula;

  it('is the tagged "Riepilogo", replaced on regeneration and placed first', () => {
    expect(layout).toMatchObject({ key: 'summary', name: 'Riepilogo', tag: { kind: 'summary' }, onExisting: 'replace', position: 0 });
  });

  it('has one row per objective in number order, each cell linked to the sheet by its current name', () => {
    expect(['A4', 'B4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4'].map(at)).toEqual([
      'N.', 'Obiettivo', 'N. indicatori', 'Grado calcolato', 'Valutazione OIV', 'Grado finale', 'Esito', 'Importo stanziato', 'Importo riconosciuto',
    ]);
    expect(at('A5')).toBe("='Obiettivo 1'!B3");
    expect(at('A6')).toBe("='PID dell''ente'!B3");
    expect(at('D6')).toBe("=COUNTA('PID dell''ente'!A20:A22)");
    expect(at('G6')).toBe("='PID dell''ente'!B25");
    expect(at('H6')).toBe("='PID dell''ente'!B26");
    expect(at('F6')).toBe("=IF('PID dell''ente'!B11=\"\",\"\",'PID dell''ente'!B11)");
    expect(layout.tables[0]).toEqual({ name: 'TrgRiepilogo', range: 'A4:K6', style: 'TableStyleLight9' });
  });

  it('totals: weighted degree leaving out the non-evaluable, amounts, remainder and counts by status', () => {
    const geometry = summaryGeometry(2);
    expect(geometry.totalsRow).toBe(7);
    expect(at('A7')).toBe('Totale');
    expect(at('G7')).toBe(
      '=IF(SUMIFS(K5:K6,H5:H6,"<>Non valutabile")=0,"n.v.",SUMPRODUCT(K5:K6,G5:G6)/SUMIFS(K5:K6,H5:H6,"<>Non valutabile"))',
    );
    expect(at('J7')).toBe('=SUM(J5:J6)');
    expect(at(geometry.figures.fundTotal)).toBe('=IF(ISNUMBER(TRG_FUND_TOTAL),TRG_FUND_TOTAL,I7)');
    expect(at(geometry.figures.remainder)).toBe(`=${geometry.figures.fundTotal}-${geometry.figures.payable}`);
    expect(at(geometry.figures['Non raggiunto'])).toBe('=COUNTIF(H5:H6,"Non raggiunto")');
    expect(at(geometry.figures['Non valutabile'])).toBe('=COUNTIF(H5:H6,"Non valutabile")');
  });

  it('colours Esito and Grado finale like traffic lights, treating text such as n.v. as no colour', () => {
    const rules = layout.conditionalFormats;
    expect(rules.filter((rule) => rule.range === 'H5:H6').map((rule) => rule.formula)).toEqual([
      '=$H5="Raggiunto"', '=$H5="Parzialmente raggiunto"', '=$H5="Non raggiunto"', '=$H5="Non valutabile"',
    ]);
    expect(rules.filter((rule) => rule.range === 'G5:G6').map((rule) => rule.formula)).toEqual([
      '=AND(ISNUMBER($G5),$G5>=0.95)', '=AND(ISNUMBER($G5),$G5>=0.5,$G5<0.95)', '=AND(ISNUMBER($G5),$G5<0.5)',
    ]);
  });

  it('charts Grado finale by objective from a two-column source', () => {
    expect(layout.charts).toEqual([
      expect.objectContaining({ type: 'barClustered', source: 'M4:N6', title: 'Grado finale per obiettivo' }),
    ]);
    expect(at('M5')).toBe('="Ob. "&A5');
    expect(at('N5')).toBe('=IF(ISNUMBER(G5),G5,NA())');
  });

  it('lists every indicator in the annex with its effective target', () => {
    const geometry = summaryGeometry(2);
    const annex = layout.tables.find((table) => table.name === 'TrgAllegatoIndicatori')!;
    expect(annex.range).toBe(`A${geometry.annexHeaderRow}:H${geometry.annexHeaderRow + 4}`);
    const first = geometry.annexHeaderRow + 1;
    expect(at(`B${first}`)).toBe("='Obiettivo 1'!A20");
    expect(at(`C${first + 1}`)).toBe("=IF('PID dell''ente'!F20=\"\",'PID dell''ente'!B20,'PID dell''ente'!F20)");
    expect(at(`F${first + 3}`)).toBe("='PID dell''ente'!E22");
    expect(at(`G${first}`)).toBe("=IF('Obiettivo 1'!L20=\"\",\"\",'Obiettivo 1'!L20)");
    expect(at(`H${first}`)).toBe("='Obiettivo 1'!M20");
  });

  it('leaves out the chart and the annex when asked', () => {
    const bare = summarySheetLayout(refs, { includeChart: false, includeAnnex: false, cutoffs });
    expect(bare.charts).toEqual([]);
    expect(bare.tables.map((table) => table.name)).toEqual(['TrgRiepilogo']);
  });

  it('keeps a valid table when there is no objective yet', () => {
    const empty = summarySheetLayout([], { includeChart: true, includeAnnex: true, cutoffs });
    expect(empty.tables[0].range).toBe('A4:K5');
  });
});
