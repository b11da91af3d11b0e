// Excel's name box and formula bar: the active cell's address and its formula (or constant), editable with Enter.
import * as React from 'react';
import { cellAddress, parseLocalAddress } from '@traguardo/excel-emulator';
import { useWorkbenchText } from '../workbench-text';
import type { CellBlock, CellPosition } from './selection';

export interface FormulaBarProps {
  selected: CellPosition;
  /** The formula of the active cell in the display language's syntax, else its constant as typed. */
  input: string;
  /** The name box's Enter: the cell or range typed there (the grid takes the keyboard back). */
  onGoTo(block: CellBlock): void;
  /** The formula bar's Enter: what to write into the active cell. */
  onCommit(text: string): void;
  /** The formula bar's Esc, after the draft went back to the cell's content. */
  onCancel(): void;
}

export function FormulaBar({ selected, input, onGoTo, onCommit, onCancel }: FormulaBarProps): React.JSX.Element {
  const text = useWorkbenchText();
  const address = cellAddress(selected.row, selected.col);
  const [draft, setDraft] = React.useState(input);
  const [nameDraft, setNameDraft] = React.useState(address);
  const [nameProblem, setNameProblem] = React.useState<string | null>(null);

  // A new selection or a recalculated workbook shows the cell's current content.
  React.useEffect(() => {
    setDraft(input);
  }, [input, address]);
  React.useEffect(() => {
    setNameDraft(address);
    setNameProblem(null);
  }, [address]);

  const goTo = (): void => {
    const rect = parseLocalAddress(nameDraft.trim().toUpperCase());
    if (!rect) {
      setNameProblem(text.notAnAddress(nameDraft));
      return;
    }
    setNameProblem(null);
    setNameDraft(cellAddress(rect.row, rect.col));
    onGoTo(rect);
  };

  return (
    <div className="wb-formula-bar">
      <input
        className="wb-name-box"
        aria-label={text.nameBox}
        aria-invalid={nameProblem !== null}
        title={nameProblem ?? text.nameBoxHint}
        value={nameDraft}
        onChange={(event) => setNameDraft(event.target.value)}
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            goTo();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setNameDraft(address);
            setNameProblem(null);
            onCancel();
          }
        }}
      />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <input
        className="wb-formula-input"
        aria-label={text.formulaBar}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onCommit(draft);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(input);
            onCancel();
          }
        }}
      />
      {nameProblem && (
        <span className="wb-name-problem" role="alert">
          {nameProblem}
        </span>
      )}
    </div>
  );
}
