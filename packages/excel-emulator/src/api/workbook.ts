// Excel.Workbook and Excel.Application: the roots every batch starts from.

import { ClientObject } from '../client-object';
import { invalidArgument, notEmulated } from '../errors';
import type { EmulatedRequestContext } from '../request-context';
import type { WorkbookState } from '../workbook-state';
import { withAccessors } from './accessors';
import { EmulatedNamedItemCollection } from './names';
import { EmulatedRange } from './range';
import { EmulatedSettingCollection } from './settings';
import { EmulatedTableCollection } from './table';
import { EmulatedWorksheetCollection } from './worksheet';

type Root = 'workbook';
const root = (): Root => 'workbook';

abstract class RootPart extends ClientObject<Root> {}

export class EmulatedApplication extends withAccessors<Excel.Application>()(RootPart, {
  calculationMode: {
    read: () => 'Automatic',
    keep: (value) => {
      if (value !== 'Automatic') throw notEmulated(`Application.calculationMode = "${String(value)}" (the emulator always recalculates)`);
    },
  },
}) {
  override get _typeName(): string {
    return 'Application';
  }
  /** Every sync already recalculates once at its end, which is what this asks Excel to do. */
  suspendApiCalculationUntilNextSync(): void {
    this._invoke('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._invoke('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
  /** Recalculation is automatic in the emulator; the call is checked and kept in the request count. */
  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this._invoke('calculate', [calculationType], (_state, _b, location) => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType as string)) {
        throw invalidArgument(`calculation type "${String(calculationType)}" must be Recalculate, Full or FullRebuild`, location);
      }
    });
  }
}

export class EmulatedWorkbook extends withAccessors<Excel.Workbook>()(RootPart, { name: { read: () => 'Book1.xlsx' } }) {
  override get _typeName(): string {
    return 'Workbook';
  }
  override _navigationNames(): readonly string[] {
    return ['worksheets', 'names', 'tables', 'settings', 'application'];
  }
  get worksheets(): EmulatedWorksheetCollection {
    return this._nav('worksheets', () => new EmulatedWorksheetCollection({ context: this._context, parent: this, path: 'worksheets', resolve: root }));
  }
  get names(): EmulatedNamedItemCollection {
    return this._nav('names', () => new EmulatedNamedItemCollection({ context: this._context, parent: this, path: 'names', resolve: () => ({ scopeSheetId: null }) }));
  }
  get tables(): EmulatedTableCollection {
    return this._nav('tables', () => new EmulatedTableCollection({ context: this._context, parent: this, path: 'tables', resolve: () => ({}) }));
  }
  get settings(): EmulatedSettingCollection {
    return this._nav('settings', () => new EmulatedSettingCollection({ context: this._context, parent: this, path: 'settings', resolve: root }));
  }
  get application(): EmulatedApplication {
    return this._nav('application', () => new EmulatedApplication({ context: this._context, parent: this, path: 'application', resolve: root }));
  }
  getSelectedRange(): EmulatedRange {
    return new EmulatedRange({ context: this._context, parent: this, path: 'getSelectedRange()', resolve: (state) => ({ ...state.selection, rect: { ...state.selection.rect } }) });
  }
  getActiveCell(): EmulatedRange {
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path: 'getActiveCell()',
      resolve: (state) => ({ sheetId: state.selection.sheetId, rect: { row: state.selection.rect.row, col: state.selection.rect.col, rowCount: 1, colCount: 1 } }),
    });
  }
}

export function createWorkbookRoot(context: EmulatedRequestContext): EmulatedWorkbook {
  return new EmulatedWorkbook({ context, parent: null, path: 'workbook', resolve: root });
}

export function createApplicationRoot(context: EmulatedRequestContext): EmulatedApplication {
  return new EmulatedApplication({ context, parent: null, path: 'application', resolve: root });
}

export type { WorkbookState };
