// The active sheet as a plain <table>: column letters, row numbers, computed values; only rows on screen are rendered.
// Pointer, keyboard and clipboard behave as in Excel: see selection.ts, grid-keys.ts and clipboard-text.ts.
import * as React from 'react';
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from '@traguardo/excel-emulator';
import { ChartSvg } from '../chart/ChartSvg';
import { useWorkbenchText } from '../workbench-text';
import { CellEditor } from './CellEditor';
import { gridAction, type EditEnd } from './grid-keys';
import { visibleRows, rowOffsets, type RowWindow } from './row-window';
import { HEADER_HEIGHT, ROW_HEADER_WIDTH } from './scroll-target';
import { useFittedRows } from './use-fitted-rows';
import { useRevealedCell } from './use-revealed-cell';
import { blockContains, movedSelection, selectionBlock, singleCell, type CellBlock, type CellPosition, type GridSelection } from './selection';
import { pointsToPixels, type GridCellView, type SheetSnapshot } from './sheet-snapshot';

export interface SheetGridProps {
  snapshot: SheetSnapshot;
  selection: GridSelection;
  onSelect(selection: GridSelection): void;
  /** What the user typed into a cell, when the edit ends (Enter, Tab, an arrow after typing, a click elsewhere). */
  onCommit(position: CellPosition, text: string): void;
  /** Delete: the contents of the selected cells go. */
  onClear(block: CellBlock): void;
  /** Ctrl+C: the selected cells as clipboard text. */
  onCopy(block: CellBlock): string;
  /** Ctrl+V: a clipboard text to write from the active cell on. */
  onPaste(at: CellPosition, text: string): void;
  /** Formats chart axis and label values as the sheet shows them. */
  formatValue(value: number, numberFormat: string): string;
}

export interface SheetGridHandle {
  /** Gives the keyboard to the grid (after the name box or the formula bar), as Excel does. */
  focus(): void;
}

const OVERSCAN_ROWS = 30;
/** Text spills into at most this many empty cells to its right, as Excel lets it overflow. */
const MAX_SPILL_COLUMNS = 12;
/** Arrows may leave the used range, as far as Excel's sheet goes; the panel widens the grid to follow. */
const SHEET_BOUNDS = { rowCount: MAX_ROWS, colCount: MAX_COLUMNS };

interface Editing {
  position: CellPosition;
  text: string;
  typing: boolean;
}

function cellStyle(cell: GridCellView, heightPx: number, spills: boolean): React.CSSProperties {
  return {
    height: heightPx,
    maxHeight: heightPx,
    overflow: spills ? 'visible' : 'hidden',
    textAlign: cell.align,
    background: cell.fill ?? undefined,
    color: cell.fontColor ?? undefined,
    fontWeight: cell.bold ? 700 : undefined,
    fontStyle: cell.italic ? 'italic' : undefined,
    whiteSpace: cell.wrap ? 'pre-wrap' : 'pre',
  };
}

function prefixSums(sizes: readonly number[]): number[] {
  const sums = [0];
  for (const size of sizes) sums.push(sums[sums.length - 1] + size);
  return sums;
}

export const SheetGrid = React.forwardRef<SheetGridHandle, SheetGridProps>(function SheetGrid(props, ref) {
  const { snapshot, selection, onSelect, onCommit, formatValue } = props;
  const words = useWorkbenchText();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewport, setViewport] = React.useState(800);
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  // The blur of an editor being closed must not write a second time: the ref says whether an edit is still open.
  const editingRef = React.useRef<Editing | null>(null);
  const setEditing = (next: Editing | null): void => {
    editingRef.current = next;
    setEditingState(next);
  };

  React.useImperativeHandle(ref, () => ({ focus: () => scrollRef.current?.focus({ preventScroll: true }) }), []);

  const widthsPx = React.useMemo(() => snapshot.columnWidths.map(pointsToPixels), [snapshot]);
  const columnOffsets = React.useMemo(() => prefixSums(widthsPx), [widthsPx]);
  const tableWidth = ROW_HEADER_WIDTH + columnOffsets[columnOffsets.length - 1];
  const estimatePx = (row: number): number => pointsToPixels(snapshot.rowHeight(row));
  const fitted = useFittedRows(scrollRef, snapshot, estimatePx);
  // Rows are read when they come on screen, and reading may grow them (wrapped text): lay out until stable.
  let heightsPx: number[] = [];
  let offsets: number[] = [];
  let window: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  for (let pass = 0; pass < 4; pass++) {
    heightsPx = Array.from({ length: snapshot.rowCount }, (_, row) => fitted.get(row) ?? estimatePx(row));
    offsets = rowOffsets(heightsPx);
    window = visibleRows(offsets, Math.max(0, scrollTop - HEADER_HEIGHT), viewport, OVERSCAN_ROWS);
    if (!snapshot.ensureRows(window.start, window.end)) break;
  }

  React.useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || 800);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  const onScroll = useRevealedCell(scrollRef, {
    sheet: snapshot.name,
    cell: selection.extent,
    rowOffsets: offsets,
    columnOffsets,
    layout: fitted,
    onNewSheet: () => setEditing(null),
    onScrolled: setScrollTop,
  });

  const block = selectionBlock(selection);
  const anchor = selection.anchor;

  const startEdit = (position: CellPosition, text: string, typing: boolean): void => setEditing({ position, text, typing });

  const endEdit = (end: EditEnd): void => {
    const open = editingRef.current;
    if (!open) return;
    setEditing(null);
    if (end.commit) onCommit(open.position, open.text);
    if (end.rowDelta !== 0 || end.colDelta !== 0) onSelect(movedSelection(singleCell(open.position), end.rowDelta, end.colDelta, false, SHEET_BOUNDS));
    if (end.commit === false || end.rowDelta !== 0 || end.colDelta !== 0) scrollRef.current?.focus({ preventScroll: true });
  };

  const onGridKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (editingRef.current) return;
    const action = gridAction(event);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        onSelect(movedSelection(selection, action.rowDelta, action.colDelta, action.extend, SHEET_BOUNDS));
        return;
      case 'edit':
        startEdit(anchor, snapshot.cell(anchor.row, anchor.col).input, false);
        return;
      case 'type':
        onSelect(singleCell(anchor));
        startEdit(anchor, action.text, true);
        return;
      case 'clear':
        props.onClear(block);
        return;
      case 'collapse':
        onSelect(singleCell(anchor));
    }
  };

  const onCopy = (event: React.ClipboardEvent<HTMLDivElement>): void => {
    if (editingRef.current) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', props.onCopy(block));
  };

  const onPaste = (event: React.ClipboardEvent<HTMLDivElement>): void => {
    if (editingRef.current) return;
    event.preventDefault();
    props.onPaste({ row: block.row, col: block.col }, event.clipboardData.getData('text/plain'));
  };

  const rows: React.ReactNode[] = [];
  for (let row = window.start; row < window.end; row++) {
    const height = heightsPx[row];
    const cells: React.ReactNode[] = [];
    for (let col = 0; col < snapshot.colCount; col++) {
      const address = `${columnLetters(col)}${row + 1}`;
      const isActive = anchor.row === row && anchor.col === col;
      const inBlock = blockContains(block, row, col);
      const isEditing = editing !== null && editing.position.row === row && editing.position.col === col;
      const cell = snapshot.cell(row, col);
      const spillWidth = isEditing ? 0 : spill(snapshot, row, col, cell, widthsPx);
      const classes = ['wb-cell', isActive ? 'wb-selected' : '', inBlock && !isActive ? 'wb-in-range' : ''].filter(Boolean).join(' ');
      cells.push(
        <td
          key={col}
          data-address={address}
          aria-selected={inBlock}
          title={cell.formula ?? undefined}
          className={classes}
          style={cellStyle(cell, height, spillWidth > 0)}
          onMouseDown={(event) => {
            if (isEditing || event.button !== 0) return;
            // Shift+click extends from the active cell; preventing the default keeps the browser from selecting text.
            if (event.shiftKey) event.preventDefault();
            onSelect(event.shiftKey ? { anchor, extent: { row, col } } : singleCell({ row, col }));
          }}
          onMouseEnter={(event) => {
            // Dragging with the button held selects the rectangle, as in Excel.
            if ((event.buttons & 1) === 1 && !editingRef.current) onSelect({ anchor, extent: { row, col } });
          }}
          onDoubleClick={() => startEdit({ row, col }, cell.input, false)}
        >
          {isEditing ? (
            <CellEditor
              address={address}
              text={editing.text}
              typing={editing.typing}
              onChange={(text) => setEditing({ ...editing, text })}
              onEnd={endEdit}
            />
          ) : (
            <div
              className="wb-cell-text"
              // The spilled text is drawn over the empty cells to its right but never takes their clicks.
              style={spillWidth > 0 ? { maxHeight: height, width: spillWidth, position: 'relative', zIndex: 1, pointerEvents: 'none' } : { maxHeight: height }}
            >
              {cell.text}
            </div>
          )}
        </td>,
      );
    }
    const rowSelected = row >= block.row && row < block.row + block.rowCount;
    rows.push(
      <tr key={row} data-row={row} style={{ height }}>
        <th scope="row" className={rowSelected ? 'wb-row-header wb-active-header' : 'wb-row-header'}>
          {row + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div
      ref={scrollRef}
      className="wb-grid-scroll"
      tabIndex={0}
      role="grid"
      aria-label={words.grid(snapshot.name)}
      aria-multiselectable="true"
      aria-rowcount={snapshot.rowCount}
      aria-colcount={snapshot.colCount}
      onScroll={onScroll}
      onKeyDown={onGridKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
    >
      <table className="wb-grid" style={{ width: tableWidth }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {widthsPx.map((width, col) => (
            <col key={col} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: HEADER_HEIGHT }}>
            <th className="wb-corner" />
            {widthsPx.map((_, col) => (
              <th key={col} scope="col" className={col >= block.col && col < block.col + block.colCount ? 'wb-col-header wb-active-header' : 'wb-col-header'}>
                {columnLetters(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {window.before > 0 && <tr aria-hidden="true" style={{ height: window.before }} />}
          {rows}
          {window.after > 0 && <tr aria-hidden="true" style={{ height: window.after }} />}
        </tbody>
      </table>
      {snapshot.charts.map(({ chart, top, left }) => (
        <div
          key={chart.id}
          className="wb-chart-float"
          style={{ top: HEADER_HEIGHT + pointsToPixels(top), left: ROW_HEADER_WIDTH + pointsToPixels(left) }}
        >
          <ChartSvg chart={chart} formatValue={formatValue} />
        </div>
      ))}
    </div>
  );
});

/**
 * Width in pixels a left-aligned, unwrapped text may take by spilling over the empty cells to its right, as Excel
 * draws it; 0 when it stays inside its own cell.
 */
function spill(snapshot: SheetSnapshot, row: number, col: number, cell: GridCellView, widthsPx: readonly number[]): number {
  if (cell.text === '' || cell.wrap || cell.align !== 'left') return 0;
  let width = widthsPx[col];
  let next = col + 1;
  while (next < snapshot.colCount && next <= col + MAX_SPILL_COLUMNS && snapshot.cell(row, next).text === '') {
    width += widthsPx[next];
    next += 1;
  }
  return next === col + 1 ? 0 : width - 7;
}
