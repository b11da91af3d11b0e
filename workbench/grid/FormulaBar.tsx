// Excel's name box and formula bar: the selected cell's address and its formula (or constant), editable with Enter.
import * as React from 'react';
import { cellAddress, parseLocalAddress } from '../../src/engine/excel/address';
import type { CellPosition } from './SheetGrid';

export interface FormulaBarProps {
  selected: CellPosition;
  /** The formula of the selected cell, else its constant as typed. */
  input: string;
  onSelect(position: CellPosition): void;
  onCommit(position: CellPosition, text: string): void;
}

export function FormulaBar({ selected, input, onSelect, onCommit }: FormulaBarProps): React.JSX.Element {
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
    const rect = parseLocalAddress(nameDraft.trim());
    if (!rect) {
      setNameProblem(`"${nameDraft}" non è un indirizzo di cella (es. B5)`);
      return;
    }
    setNameProblem(null);
    onSelect({ row: rect.row, col: rect.col });
  };

  return (
    <div className="wb-formula-bar">
      <input
        className="wb-name-box"
        aria-label="Casella nome"
        aria-invalid={nameProblem !== null}
        title={nameProblem ?? 'Indirizzo della cella selezionata; scrivine un altro e premi Invio per andarci'}
        value={nameDraft}
        onChange={(event) => setNameDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') goTo();
          if (event.key === 'Escape') setNameDraft(address);
        }}
      />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <input
        className="wb-formula-input"
        aria-label="Barra della formula"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onCommit(selected, draft);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(input);
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
