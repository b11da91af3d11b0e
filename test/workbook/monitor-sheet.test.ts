import { objectiveCells } from '../../src/workbook/objective-geometry';
import { monitoringGeometry, monitoringSheetLayout } from '../../src/workbook/monitor-sheet';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { snapshotCell } from '../../src/workbook/snapshot';
import type { ObjectiveSheetRef } from '../../src/workbook/summary-sheet';

const refs: ObjectiveSheetRef[] = [
  { number: 9, sheetName: "PID dell'ente", cells: objectiveCells(3), indicatorCount: 3 },
  { number: 1, sheetName: 'Obiettivo 1', cells: objectiveCells(1), indicatorCount: 1, absentColumns: new Set(['monitoringDate', 'monitoredValue', 'forecast', 'monitoringNote']) },
];

describe('Monitoraggio layout', () => {
  const layout = monitoringSheetLayout(refs);
  const sheet = layoutSnapshot(layout);
  const at = (address: string) => snapshotCell(sheet, address).formula;

  it('is the tagged "Monitoraggio", replaced when generated again', () => {
    expect(layout).toMatchObject({ key: 'monitoring', name: 'Monitoraggio', tag: { kind: 'monitoring' }, onExisting: 'replace' });
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4'].map(at)).toEqual(['N.', 'Obiettivo', 'Indicatore', 'Target', 'Valore monitorato', 'Monitoraggio al', 'Previsione']);
    expect(layout.tables).toEqual([{ name: 'TrgMonitoraggio', range: 'A4:G8', style: 'TableStyleLight9' }]);
  });

  it('has one row per indicator in objective order, linked to the sheets by their names', () => {
    // Objective 1 first, then objective 9's three indicators (rows 20..22 of its sheet).
    expect(at('A5')).toBe("='Obiettivo 1'!B3");
    expect(at('C6')).toBe("='PID dell''ente'!A20");
    expect(at('C8')).toBe("='PID dell''ente'!A22");
    expect(at('D6')).toBe("=IF(LEN('PID dell''ente'!F20)>0,'PID dell''ente'!F20,'PID dell''ente'!B20)");
    expect(at('E6')).toBe("=IF(LEN('PID dell''ente'!P20)=0,\"\",'PID dell''ente'!P20)");
    expect(at('F6')).toBe(
      "=IF(LEN('PID dell''ente'!P20)=0,\"\",IF(ISNUMBER('PID dell''ente'!O20),'PID dell''ente'!O20,IF(ISNUMBER(TRG_REPORT_YEAR),DATE(TRG_REPORT_YEAR,6,30),\"\")))",
    );
    expect(at('G6')).toBe("=IF(LEN('PID dell''ente'!B15)>0,\"n.v.\",'PID dell''ente'!Q20&\"\")");
  });

  it('a sheet built before the monitoring columns shows its rows unmonitored', () => {
    expect([at('E5'), at('F5')]).toEqual(['=""', '=""']);
    expect(at('G5')).toBe("=IF(LEN('Obiettivo 1'!B15)>0,\"n.v.\",\"\")");
  });

  it('counts by forecast under the table; unmonitored are the rows left', () => {
    const geometry = monitoringGeometry(4);
    expect(geometry.counts).toEqual({ 'on-track': 'C10', 'at-risk': 'C11', unreachable: 'C12', unmonitored: 'C13', notEvaluable: 'C14' });
    expect(['B10', 'B11', 'B12', 'B13', 'B14'].map(at)).toEqual(['In linea', 'A rischio', 'Non raggiungibile', 'Non monitorati', 'Non valutabili (neutralizzati)']);
    expect(at('C11')).toBe('=COUNTIF(G5:G8,"A rischio")');
    expect(at('C13')).toBe('=4-COUNTIF(G5:G8,"In linea")-COUNTIF(G5:G8,"A rischio")-COUNTIF(G5:G8,"Non raggiungibile")-COUNTIF(G5:G8,"n.v.")');
  });
});
