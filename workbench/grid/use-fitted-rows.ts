// Excel's row autofit for the grid: a row without a height of its own takes the height its rendered text needs
// (wrapped lines included), measured in the page, since only the browser knows the fonts it draws with.
import * as React from 'react';
import type { SheetSnapshot } from './sheet-snapshot';

/** Excel's standard row (15 points) in pixels: no row is drawn lower. */
const MINIMUM_ROW_PX = 20;
/** The cell's borders around its text. */
const CELL_CHROME_PX = 2;
const NO_ROWS: ReadonlyMap<number, number> = new Map();

/**
 * Heights in pixels of the rendered rows that need another height than `estimatePx` gives (rows the grid draws carry
 * `data-row`); re-measured after every render, so an edited cell grows or shrinks its row.
 */
export function useFittedRows(container: React.RefObject<HTMLElement | null>, snapshot: SheetSnapshot, estimatePx: (row: number) => number): ReadonlyMap<number, number> {
  const [fitted, setFitted] = React.useState<{ sheet: string; rows: ReadonlyMap<number, number> }>({ sheet: '', rows: NO_ROWS });
  const rows = fitted.sheet === snapshot.name ? fitted.rows : NO_ROWS;

  React.useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    let changed: Map<number, number> | null = null;
    for (const line of element.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
      const row = Number(line.dataset.row);
      // A row the sheet sized keeps its height, as in Excel; a row being edited is measured once the edit ends.
      if (snapshot.rowHeightIsSet(row) || line.querySelector('.wb-cell-editor')) continue;
      let needed = MINIMUM_ROW_PX;
      for (const text of line.querySelectorAll<HTMLElement>('.wb-cell-text')) needed = Math.max(needed, text.scrollHeight + CELL_CHROME_PX);
      const current = rows.get(row) ?? estimatePx(row);
      if (Math.abs(needed - current) > 1) {
        changed ??= new Map(rows);
        changed.set(row, needed);
      }
    }
    if (changed) setFitted({ sheet: snapshot.name, rows: changed });
  });

  return rows;
}
