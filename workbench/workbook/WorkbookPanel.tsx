// The emulated workbook as Excel shows it: formula bar, the active sheet's grid with its charts, and the sheet tabs.
import * as React from 'react';
import { cellAddress, formatCellValue, IT_IT, type ExcelEmulator } from '../../src/engine/excel';
import { FormulaBar } from '../grid/FormulaBar';
import { SheetGrid, type CellPosition } from '../grid/SheetGrid';
import { SheetTabs } from '../grid/SheetTabs';
import { italianEntryToEnUs } from './italian-input';
import { sheetSnapshot } from './sheet-view';
import { useWorkbookVersion } from './use-workbook-version';

export interface WorkbookPanelProps {
  emulator: ExcelEmulator;
}

const TOP_LEFT: CellPosition = { row: 0, col: 0 };

export function WorkbookPanel({ emulator }: WorkbookPanelProps): React.JSX.Element {
  const version = useWorkbookVersion(emulator);
  const [active, setActive] = React.useState(() => emulator.activeSheet());
  const [selected, setSelected] = React.useState<CellPosition>(TOP_LEFT);
  // A cell chosen in the name box beyond the used range widens the grid to it; arrows stay inside the grid.
  const [reach, setReach] = React.useState<CellPosition | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const lastEmulatorActive = React.useRef(emulator.activeSheet());

  // Follow the sheet the add-in activates (e.g. the summary after generating it), as Excel does.
  const emulatorActive = emulator.activeSheet();
  React.useEffect(() => {
    if (emulatorActive !== lastEmulatorActive.current) {
      lastEmulatorActive.current = emulatorActive;
      setActive(emulatorActive);
      setSelected(TOP_LEFT);
      setReach(null);
    }
  }, [emulatorActive, version]);

  const sheets = emulator.sheets().filter((sheet) => sheet.visibility === 'Visible');
  // A sheet deleted meanwhile (the summary is replaced when regenerated) falls back to the emulator's active one.
  const shown = sheets.some((sheet) => sheet.name === active) ? active : emulatorActive;

  // `version` is the workbook's change counter: a new one means new cells to read.
  const snapshot = React.useMemo(() => sheetSnapshot(emulator, shown, reach ?? undefined), [emulator, shown, version, reach]);
  const selectedCell = snapshot.cell(selected.row, selected.col);

  const activate = (name: string): void => {
    setActive(name);
    setSelected(TOP_LEFT);
    setReach(null);
    setProblem(null);
    // Clicking a tab activates the sheet in the workbook too, so the add-in's getActiveWorksheet() sees it.
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }).catch((error: unknown) => setProblem(`Impossibile attivare il foglio "${name}": ${describe(error)}`));
  };

  const commit = (position: CellPosition, text: string): void => {
    const address = cellAddress(position.row, position.col);
    try {
      const current = emulator.cell(shown, address);
      emulator.setCellInput(shown, address, italianEntryToEnUs(text, current.numberFormat === '@'));
      setProblem(null);
    } catch (error) {
      setProblem(`"${text}" non è stato scritto in ${shown}!${address}: ${describe(error)}`);
    }
  };

  return (
    <div className="wb-workbook" data-testid="workbook">
      <FormulaBar
        selected={selected}
        input={selectedCell.input}
        onSelect={(position) => {
          setReach(position);
          setSelected(position);
        }}
        onCommit={commit}
      />
      {problem && (
        <div className="wb-failure" role="alert">
          {problem}
        </div>
      )}
      <div className="wb-sheet-area">
        <SheetGrid
          snapshot={snapshot}
          selected={selected}
          onSelect={setSelected}
          onCommit={commit}
          formatValue={(value, format) => formatCellValue(value, format, IT_IT)}
        />
      </div>
      <SheetTabs sheets={sheets.map((sheet) => ({ name: sheet.name, tabColor: sheet.tabColor || null }))} active={shown} onActivate={activate} />
    </div>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
