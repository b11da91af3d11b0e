// The in-cell editor: Enter, Tab and (after typing over the content) the arrows write and move; Esc cancels.
import * as React from 'react';
import { useWorkbenchText } from '../workbench-text';
import { editEnd, type EditEnd } from './grid-keys';

export interface CellEditorProps {
  address: string;
  text: string;
  /** Typing replaced the content (arrows then end the edit), rather than F2 or a double-click. */
  typing: boolean;
  onChange(text: string): void;
  /** The edit ends: written when `commit`, then the selection moves by the deltas. */
  onEnd(end: EditEnd): void;
}

export function CellEditor({ address, text, typing, onChange, onEnd }: CellEditorProps): React.JSX.Element {
  const words = useWorkbenchText();
  const input = React.useRef<HTMLInputElement>(null);
  // The caret starts after the content, as F2 puts it in Excel.
  React.useEffect(() => input.current?.setSelectionRange(input.current.value.length, input.current.value.length), []);
  return (
    <input
      ref={input}
      className="wb-cell-editor"
      aria-label={words.editCell(address)}
      autoFocus
      value={text}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        const end = editEnd(event, typing);
        if (!end) return;
        event.preventDefault();
        event.stopPropagation();
        onEnd(end);
      }}
      // Clicking elsewhere writes what was typed, as Excel does, without moving the selection.
      onBlur={() => onEnd({ commit: true, rowDelta: 0, colDelta: 0 })}
    />
  );
}
