// The sheet tabs under the grid, in workbook order, each coloured as its tab colour; the active one is selected.
import * as React from 'react';
import { useWorkbenchText } from '../workbench-text';

export interface SheetTabView {
  name: string;
  tabColor: string | null;
}

export interface SheetTabsProps {
  sheets: readonly SheetTabView[];
  active: string;
  onActivate(name: string): void;
}

export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps): React.JSX.Element {
  const text = useWorkbenchText();
  const activeRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    // Braces matter: recent Chromium returns a promise from scrollIntoView, and an effect may only return a cleanup.
    void activeRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <div className="wb-tabs" role="tablist" aria-label={text.sheetTabs}>
      {sheets.map((sheet) => {
        const selected = sheet.name === active;
        return (
          <button
            key={sheet.name}
            ref={selected ? activeRef : undefined}
            type="button"
            role="tab"
            aria-selected={selected}
            className={selected ? 'wb-tab wb-tab-active' : 'wb-tab'}
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
            onClick={() => onActivate(sheet.name)}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}
