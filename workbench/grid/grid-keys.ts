// What a key does on the grid when no cell is being edited, as in Excel (Ctrl+C and Ctrl+V come as clipboard events).

export interface GridKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type GridAction =
  /** Move the active cell, or with `extend` the far corner of the selection. */
  | { kind: 'move'; rowDelta: number; colDelta: number; extend: boolean }
  /** Edit the active cell starting from its content (F2). */
  | { kind: 'edit' }
  /** Start typing into the active cell, replacing its content with `text`. */
  | { kind: 'type'; text: string }
  /** Clear the contents of every selected cell. */
  | { kind: 'clear' }
  /** Back to one selected cell, the active one. */
  | { kind: 'collapse' };

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function gridAction(event: GridKey): GridAction | null {
  const arrow = ARROWS[event.key];
  if (arrow && !event.ctrlKey && !event.metaKey && !event.altKey) return { kind: 'move', rowDelta: arrow[0], colDelta: arrow[1], extend: event.shiftKey };
  if (event.key === 'Tab') return { kind: 'move', rowDelta: 0, colDelta: event.shiftKey ? -1 : 1, extend: false };
  if (event.key === 'Enter') return { kind: 'move', rowDelta: event.shiftKey ? -1 : 1, colDelta: 0, extend: false };
  if (event.key === 'F2') return { kind: 'edit' };
  if (event.key === 'Delete') return { kind: 'clear' };
  // Backspace empties the active cell and starts typing there, as Excel does.
  if (event.key === 'Backspace') return { kind: 'type', text: '' };
  if (event.key === 'Escape') return { kind: 'collapse' };
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) return { kind: 'type', text: event.key };
  return null;
}

/** In-cell editing: what ends it. Arrows end it only when typing replaced the content (Excel's Enter mode), not after F2. */
export type EditEnd = { commit: boolean; rowDelta: number; colDelta: number };

export function editEnd(event: GridKey, typingMode: boolean): EditEnd | null {
  if (event.key === 'Escape') return { commit: false, rowDelta: 0, colDelta: 0 };
  if (event.key === 'Enter' && !event.altKey) return { commit: true, rowDelta: event.shiftKey ? -1 : 1, colDelta: 0 };
  if (event.key === 'Tab') return { commit: true, rowDelta: 0, colDelta: event.shiftKey ? -1 : 1 };
  const arrow = ARROWS[event.key];
  if (arrow && typingMode && !event.shiftKey && !event.ctrlKey && !event.metaKey) return { commit: true, rowDelta: arrow[0], colDelta: arrow[1] };
  return null;
}
