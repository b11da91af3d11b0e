// The emulated workbook as Excel shows it: formula bar, the active sheet's grid with its charts, and the sheet tabs.
import * as React from 'react';
import { cellAddress, formatCellValue, IT_IT, MAX_COLUMNS, MAX_ROWS, type ExcelEmulator } from '@traguardo/excel-emulator';
import { FormulaBar } from '../grid/FormulaBar';
import { SheetGrid, type SheetGridHandle } from '../grid/SheetGrid';
import { SheetTabs } from '../grid/SheetTabs';
import { blockSelection, movedSelection, selectionBlock, singleCell, type CellPosition, type GridSelection } from '../grid/selection';
import { useWorkbenchText } from '../workbench-text';
import { entryText } from './cell-entry';
import { useFollowedSelection } from './use-followed-selection';
import { sheetSnapshot } from './sheet-view';
import { useWorkbookVersion } from './use-workbook-version';
import { clearBlock, copyText, pasteText, writeEntry } from './workbook-edits';

export interface WorkbookPanelProps {
  emulator: ExcelEmulator;
  /** Office's display language: the formula bar shows and reads formulas in its syntax. */
  displayLanguage: string;
}

const TOP_LEFT = singleCell({ row: 0, col: 0 });

export function WorkbookPanel({ emulator, displayLanguage }: WorkbookPanelProps): React.JSX.Element {
  const text = useWorkbenchText();
  const version = useWorkbookVersion(emulator);
  const [active, setActive] = React.useState(() => emulator.activeSheet());
  const [selection, setSelection] = React.useState<GridSelection>(TOP_LEFT);
  // A selection beyond the used range (name box, arrows, the add-in) widens the grid to it.
  const [reach, setReach] = React.useState<CellPosition | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const grid = React.useRef<SheetGridHandle>(null);

  useFollowedSelection(emulator, version, (followed) => {
    const { extent } = blockSelection(followed);
    setActive(followed.sheet);
    setSelection(blockSelection(followed));
    // Only a cell away from A1 may lie beyond the used range; A1 keeps the grid as it is (no new snapshot).
    setReach(extent.row === 0 && extent.col === 0 ? null : extent);
    setProblem(null);
    // After the add-in selected a cell (Verifica's go-to), typing goes there at once.
    if (followed.by === 'select') grid.current?.focus();
  });

  const sheets = emulator.sheets().filter((sheet) => sheet.visibility === 'Visible');
  // A sheet deleted meanwhile (the summary is replaced when regenerated) falls back to the emulator's active one.
  const shown = sheets.some((sheet) => sheet.name === active) ? active : emulator.activeSheet();

  // `version` is the workbook's change counter: a new one means new cells to read.
  const snapshot = React.useMemo(
    () => sheetSnapshot(emulator, shown, reach ?? undefined, displayLanguage),
    [emulator, shown, version, reach, displayLanguage],
  );
  const anchor = selection.anchor;

  const select = (next: GridSelection): void => {
    setSelection(next);
    const block = selectionBlock(next);
    const corner = { row: block.row + block.rowCount - 1, col: block.col + block.colCount - 1 };
    if (corner.row >= snapshot.rowCount || corner.col >= snapshot.colCount) setReach(corner);
  };

  /** Runs an edit of the workbook, showing why it failed instead of losing it silently. */
  const attempt = (edit: () => void, failure: (reason: string) => string): void => {
    try {
      edit();
      setProblem(null);
    } catch (error) {
      setProblem(failure(describe(error)));
    }
  };

  const commit = (position: CellPosition, entry: string): void => {
    const address = cellAddress(position.row, position.col);
    attempt(
      () => writeEntry(emulator, shown, position, entry, displayLanguage),
      (reason) => text.notWritten(entry, shown, address, reason),
    );
  };

  const paste = (at: CellPosition, clipboard: string): void => {
    attempt(
      () => {
        const pasted = pasteText(emulator, shown, at, clipboard, displayLanguage);
        // Excel shows the pasted cells selected.
        if (pasted) select(blockSelection(pasted));
      },
      (reason) => text.notPasted(shown, reason),
    );
  };

  // Read from the workbook, not the grid's bands, so a cell far down shows its content too.
  const activeEntry = React.useMemo(
    () => entryText(emulator.cell(shown, cellAddress(anchor.row, anchor.col)), displayLanguage),
    [emulator, shown, version, anchor.row, anchor.col, displayLanguage],
  );

  const activate = (name: string): void => {
    setActive(name);
    setSelection(TOP_LEFT);
    setReach(null);
    setProblem(null);
    // Clicking a tab activates the sheet in the workbook too, so the add-in's getActiveWorksheet() sees it.
    emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }).catch((error: unknown) => setProblem(text.notActivated(name, describe(error))));
  };

  return (
    <div className="wb-workbook" data-testid="workbook">
      <FormulaBar
        selected={anchor}
        input={activeEntry}
        onGoTo={(block) => {
          select(blockSelection(block));
          grid.current?.focus();
        }}
        onCommit={(entry) => {
          commit(anchor, entry);
          select(movedSelection(singleCell(anchor), 1, 0, false, { rowCount: MAX_ROWS, colCount: MAX_COLUMNS }));
          grid.current?.focus();
        }}
        onCancel={() => grid.current?.focus()}
      />
      {problem && (
        <div className="wb-failure" role="alert">
          {problem}
        </div>
      )}
      <div className="wb-sheet-area">
        <SheetGrid
          ref={grid}
          snapshot={snapshot}
          selection={selection}
          onSelect={select}
          onCommit={commit}
          onClear={(block) => attempt(() => clearBlock(emulator, shown, block), (reason) => text.notCleared(shown, reason))}
          onCopy={(block) => copyText(emulator, shown, block)}
          onPaste={paste}
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
