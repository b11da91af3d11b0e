// The active sheet as a plain <table>: column letters, row numbers, computed values; only rows on screen are rendered.
import * as React from 'react';
import { columnLetters } from '../../src/engine/excel/address';
import { ChartSvg } from '../chart/ChartSvg';
import { visibleRows, rowOffsets, type RowWindow } from './row-window';
import { pointsToPixels, type GridCellView, type SheetSnapshot } from './sheet-snapshot';

export interface CellPosition {
  row: number;
  col: number;
}

export interface SheetGridProps {
  snapshot: SheetSnapshot;
  selected: CellPosition;
  onSelect(position: CellPosition): void;
  /** Called with what the user typed when an in-cell edit ends with Enter or Tab. */
  onCommit(position: CellPosition, text: string): void;
  /** Formats chart axis and label values as the sheet shows them. */
  formatValue(value: number, numberFormat: string): string;
}

const ROW_HEADER_WIDTH = 44;
const HEADER_HEIGHT = 22;
const OVERSCAN_ROWS = 30;
/** Text spills into at most this many empty cells to its right, as Excel lets it overflow. */
const MAX_SPILL_COLUMNS = 12;

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

export function SheetGrid(props: SheetGridProps): React.JSX.Element {
  const { snapshot, selected, onSelect, onCommit, formatValue } = props;
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewport, setViewport] = React.useState(800);
  const [editing, setEditing] = React.useState<{ position: CellPosition; text: string } | null>(null);

  const widthsPx = React.useMemo(() => snapshot.columnWidths.map(pointsToPixels), [snapshot]);
  const tableWidth = ROW_HEADER_WIDTH + widthsPx.reduce((sum, w) => sum + w, 0);
  // Rows are read when they come on screen, and reading may grow them (wrapped text): lay out until stable.
  let heightsPx: number[] = [];
  let offsets: number[] = [];
  let window: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  for (let pass = 0; pass < 4; pass++) {
    heightsPx = Array.from({ length: snapshot.rowCount }, (_, row) => pointsToPixels(snapshot.rowHeight(row)));
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

  // A new sheet starts at its top, as switching tabs in Excel does.
  React.useEffect(() => {
    setEditing(null);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [snapshot.name]);

  // Keep the selected cell in view when the keyboard or the name box moves it.
  React.useEffect(() => {
    const element = scrollRef.current;
    if (!element || selected.row >= heightsPx.length) return;
    const top = offsets[selected.row] + HEADER_HEIGHT;
    const bottom = offsets[selected.row + 1] + HEADER_HEIGHT;
    if (top - HEADER_HEIGHT < element.scrollTop) element.scrollTop = top - HEADER_HEIGHT;
    else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = bottom - element.clientHeight;
    // Offsets are rebuilt every render; only a new selection moves the view.
  }, [selected]);

  const move = (rowDelta: number, colDelta: number): void => {
    const row = Math.min(snapshot.rowCount - 1, Math.max(0, selected.row + rowDelta));
    const col = Math.min(snapshot.colCount - 1, Math.max(0, selected.col + colDelta));
    onSelect({ row, col });
  };

  const commit = (rowDelta: number, colDelta: number): void => {
    if (!editing) return;
    onCommit(editing.position, editing.text);
    setEditing(null);
    move(rowDelta, colDelta);
    scrollRef.current?.focus();
  };

  const onGridKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (editing) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const step = arrows[event.key];
    if (step) {
      event.preventDefault();
      move(step[0], step[1]);
    } else if (event.key === 'F2') {
      event.preventDefault();
      setEditing({ position: selected, text: snapshot.cell(selected.row, selected.col).input });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onCommit(selected, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell replaces its content, as in Excel.
      event.preventDefault();
      setEditing({ position: selected, text: event.key });
    }
  };

  const rows: React.ReactNode[] = [];
  for (let row = window.start; row < window.end; row++) {
    const height = heightsPx[row];
    const cells: React.ReactNode[] = [];
    for (let col = 0; col < snapshot.colCount; col++) {
      const address = `${columnLetters(col)}${row + 1}`;
      const isSelected = selected.row === row && selected.col === col;
      const isEditing = editing !== null && editing.position.row === row && editing.position.col === col;
      const cell = snapshot.cell(row, col);
      const spillWidth = isEditing ? 0 : spill(snapshot, row, col, cell, widthsPx);
      cells.push(
        <td
          key={col}
          data-address={address}
          aria-selected={isSelected}
          title={cell.formula ?? undefined}
          className={isSelected ? 'wb-cell wb-selected' : 'wb-cell'}
          style={cellStyle(cell, height, spillWidth > 0)}
          onMouseDown={() => {
            if (!isEditing) onSelect({ row, col });
          }}
          onDoubleClick={() => setEditing({ position: { row, col }, text: cell.input })}
        >
          {isEditing ? (
            <input
              className="wb-cell-editor"
              aria-label={`Modifica ${address}`}
              autoFocus
              value={editing.text}
              onChange={(event) => setEditing({ position: editing.position, text: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit(1, 0);
                } else if (event.key === 'Tab') {
                  event.preventDefault();
                  commit(0, 1);
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  setEditing(null);
                  scrollRef.current?.focus();
                }
              }}
              onBlur={() => setEditing(null)}
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
    rows.push(
      <tr key={row} style={{ height }}>
        <th scope="row" className="wb-row-header">
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
      aria-label={`Foglio ${snapshot.name}`}
      aria-rowcount={snapshot.rowCount}
      aria-colcount={snapshot.colCount}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onGridKeyDown}
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
              <th key={col} scope="col" className={col === selected.col ? 'wb-col-header wb-active-header' : 'wb-col-header'}>
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
}

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
