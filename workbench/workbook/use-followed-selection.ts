// The grid follows a selection the add-in makes (Range.select(), Worksheet.activate()), as Excel's window does.
import * as React from 'react';
import type { ExcelEmulator, SelectionInfo } from '@traguardo/excel-emulator';

/** Calls `follow` after each activate() or select() since the last render, even one choosing the same cell again. */
export function useFollowedSelection(emulator: ExcelEmulator, version: number, follow: (selection: SelectionInfo) => void): void {
  const seen = React.useRef(emulator.selection().changes);
  const latest = React.useRef(follow);
  latest.current = follow;
  React.useEffect(() => {
    const selection = emulator.selection();
    if (selection.changes === seen.current) return;
    seen.current = selection.changes;
    latest.current(selection);
    // `version` moves with every change of the workbook, selections included.
  }, [emulator, version]);
}
