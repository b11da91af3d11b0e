// Excel.NamedItem and NamedItemCollection (workbook.names and worksheet.names).

import { ClientCollection, ClientObject, ClientResult } from '../client-object';
import { invalidArgument, itemNotFound, notEmulated } from '../errors';
import { addName, changeNameFormula, deleteName, findName, NameReference, nameType, nameValue } from '../names';
import type { NameRecord } from '../records';
import type { WorkbookState } from '../workbook-state';
import { withAccessors } from './accessors';
import { EmulatedRange } from './range';
import { EmulatedWorksheet } from './worksheet';
import { nameFormula, nameTarget } from '../resolve-address';

function live(state: WorkbookState, record: NameRecord, location: string): NameRecord {
  if (!state.named.isLiveName(record)) throw itemNotFound(`name "${record.name}" (deleted)`, location);
  return record;
}

abstract class NamePart extends ClientObject<NameRecord> {}

export class EmulatedNamedItem extends withAccessors<Excel.NamedItem>()(NamePart, {
  name: { read: (record) => record.name },
  type: { read: (record, state) => nameType(state, record) },
  value: { read: (record, state) => nameValue(state, record) },
  formula: {
    read: (record, state) => nameFormula(state, record) ?? '',
    write: (record, v, state, location) => changeNameFormula(state, live(state, record, location), v, location),
  },
  comment: {
    read: (record) => record.comment,
    write: (record, v, state, location) => {
      if (typeof v !== 'string') throw invalidArgument('a name comment must be text', location);
      live(state, record, location).comment = v;
      state.touch();
    },
  },
  visible: {
    read: (record) => record.visible,
    write: (record, v, state, location) => {
      if (typeof v !== 'boolean') throw invalidArgument('visible must be true or false', location);
      live(state, record, location).visible = v;
      state.touch();
    },
  },
  scope: { read: (record) => (record.scopeSheetId === null ? 'Workbook' : 'Worksheet') },
}) {
  override get _typeName(): string {
    return 'NamedItem';
  }
  override _navigationNames(): readonly string[] {
    return ['worksheet', 'worksheetOrNullObject'];
  }
  override _readScalar(name: string, record: NameRecord, state: WorkbookState): unknown {
    live(state, record, `NamedItem.${name}`);
    return super._readScalar(name, record, state);
  }
  get worksheet(): EmulatedWorksheet {
    return this._nav('worksheet', () =>
      new EmulatedWorksheet({
        context: this._context,
        parent: this,
        path: 'worksheet',
        resolve: (_s, b) => {
          const record = b as NameRecord;
          if (record.scopeSheetId === null) throw itemNotFound(`a worksheet for workbook-scoped name "${record.name}"`, 'NamedItem.worksheet');
          return record.scopeSheetId;
        },
      }),
    );
  }
  get worksheetOrNullObject(): EmulatedWorksheet {
    return this._nav('worksheetOrNullObject', () =>
      new EmulatedWorksheet({ context: this._context, parent: this, path: 'worksheetOrNullObject', resolve: (_s, b) => (b as NameRecord).scopeSheetId }),
    );
  }
  private range(path: string, required: boolean): EmulatedRange {
    const location = `NamedItem.${path.replace(/\(.*$/, '')}`;
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path,
      resolve: (state, b) => {
        const record = live(state, b as NameRecord, location);
        const target = nameTarget(state, record);
        if (!target && required) throw invalidArgument(`name "${record.name}" does not refer to a range (${nameFormula(state, record) ?? ''})`, location);
        return target;
      },
    });
  }
  getRange(): EmulatedRange {
    return this.range('getRange()', true);
  }
  getRangeOrNullObject(): EmulatedRange {
    return this.range('getRangeOrNullObject()', false);
  }
  delete(): void {
    this._invoke('delete', [], (state, record, location) => deleteName(state, live(state, record, location)));
  }
}

interface NameScope {
  scopeSheetId: string | null;
}

export class EmulatedNamedItemCollection extends ClientCollection<NameScope, NameRecord, EmulatedNamedItem> {
  override get _typeName(): string {
    return 'NamedItemCollection';
  }
  override _itemBindings(scope: NameScope, state: WorkbookState): NameRecord[] {
    return state.named.names.filter((n) => n.scopeSheetId === scope.scopeSheetId);
  }
  override _createItem(record: NameRecord): EmulatedNamedItem {
    return new EmulatedNamedItem({ context: this._context, parent: this, path: `getItem(${record.name})`, resolve: () => record, binding: record });
  }
  private item(path: string, find: (state: WorkbookState, scope: NameScope, location: string) => NameRecord | null, args?: readonly unknown[]): EmulatedNamedItem {
    const location = `NamedItemCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedNamedItem({ context: this._context, parent: this, path, args, resolve: (state, scope) => find(state, scope as NameScope, location) });
  }
  /** add(name, range or "=formula", comment); the name must be valid and unused (names and tables share a namespace). */
  add(name: string, reference: EmulatedRange | string, comment?: string): EmulatedNamedItem {
    return this.item(`add(${name})`, (state, scope, location) => {
      let target: NameReference;
      if (reference instanceof EmulatedRange) {
        const binding = reference._ensureBinding(state);
        if (binding === null) throw invalidArgument('the range is a null object', location);
        target = { range: binding };
      } else if (typeof reference === 'string') {
        target = { formula: reference };
      } else {
        throw invalidArgument(`name "${name}" needs a Range or a formula`, location);
      }
      return addName(state, name, target, comment, scope.scopeSheetId, location);
    }, comment === undefined ? [name, reference] : [name, reference, comment]);
  }
  addFormulaLocal(): never {
    throw notEmulated('NamedItemCollection.addFormulaLocal');
  }
  getItem(name: string): EmulatedNamedItem {
    return this.item(`getItem(${name})`, (state, scope, location) => {
      const record = findName(state, name, scope.scopeSheetId);
      if (!record) throw itemNotFound(`name "${name}"`, location);
      return record;
    });
  }
  getItemOrNullObject(name: string): EmulatedNamedItem {
    return this.item(`getItemOrNullObject(${name})`, (state, scope) => findName(state, name, scope.scopeSheetId) ?? null);
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, scope) => this._itemBindings(scope, state).length);
  }
}
