// API objects whose scalar properties are plain fields of a stored record (chart parts, conditional-format parts).

import { ClientObject } from '../client-object';
import { invalidArgument, notEmulated } from '../errors';
import type { WorkbookState } from '../workbook-state';

export interface Field<B> {
  read(binding: B, state: WorkbookState): unknown;
  write?(binding: B, value: unknown, state: WorkbookState, location: string): void;
}

export abstract class FieldObject<B> extends ClientObject<B> {
  abstract _fieldTable(): Readonly<Record<string, Field<B>>>;

  override _scalarNames(): readonly string[] {
    return Object.keys(this._fieldTable());
  }

  override _readScalar(name: string, binding: B, state: WorkbookState): unknown {
    const field = this._fieldTable()[name];
    if (!field) throw notEmulated(`${this._typeName}.${name}`);
    return field.read(binding, state);
  }

  _setField(name: string, value: unknown): void {
    const field = this._fieldTable()[name];
    if (!field?.write) throw notEmulated(`${this._typeName}.${name} (assignment)`);
    const write = field.write;
    this._set(name, value, (state, binding, v, location) => {
      write(binding, v, state, location);
      state.touch();
    });
  }
}

export const expectText = (value: unknown, what: string, location: string): string => {
  if (typeof value !== 'string') throw invalidArgument(`${what} must be text, got ${typeof value}`, location);
  return value;
};

export const expectBoolean = (value: unknown, what: string, location: string): boolean => {
  if (typeof value !== 'boolean') throw invalidArgument(`${what} must be true or false`, location);
  return value;
};

export const expectNumberOrNull = (value: unknown, what: string, location: string): number | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArgument(`${what} must be a number`, location);
  return value;
};
