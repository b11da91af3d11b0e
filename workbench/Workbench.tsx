// Side by side: the emulated workbook (left) and the real task pane (right), both on the same Excel emulator.
import * as React from 'react';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { TaskpaneRoot } from '../src/taskpane/TaskpaneRoot';
import { batchRunner } from '../src/excel/runner';
import { excelServices } from '../src/taskpane/services/excel-services';
import { WorkbookPanel } from './workbook/WorkbookPanel';
import { workbenchText, WorkbenchTextContext } from './workbench-text';

export interface WorkbenchProps {
  emulator: ExcelEmulator;
  /** What the Office shim reports, so the pane starts as it would in that Excel. */
  displayLanguage: string;
  dark: boolean;
}

export function Workbench({ emulator, displayLanguage, dark }: WorkbenchProps): React.JSX.Element {
  // The pane's services run src/excel's operations on this emulator, as they run on Office's Excel inside Excel.
  const services = React.useMemo(() => excelServices(batchRunner(emulator)), [emulator]);
  const text = workbenchText(displayLanguage);
  return (
    <WorkbenchTextContext.Provider value={text}>
      <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <div className="wb-banner">
          <strong>Traguardo — workbench</strong>
          <span>{text.banner}</span>
          <span className="wb-status">{text.office(displayLanguage, dark)}</span>
        </div>
        <div className="wb-layout" style={{ flex: '1 1 auto', minHeight: 0 }}>
          <WorkbookPanel emulator={emulator} displayLanguage={displayLanguage} />
          <aside className="wb-taskpane" data-testid="taskpane" aria-label={text.taskpane}>
            <TaskpaneRoot displayLanguage={displayLanguage} dark={dark} services={services} />
          </aside>
        </div>
      </div>
    </WorkbenchTextContext.Provider>
  );
}
