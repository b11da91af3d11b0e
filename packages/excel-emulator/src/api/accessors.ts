// Office.js scalar properties declared once, in a table per API type: the getter (PropertyNotLoaded until a load's
// sync, then the loaded or assigned value), the setter (kept locally and queued for the sync) and what a load reads.
/* eslint-disable @typescript-eslint/no-explicit-any -- a mixin's constructor takes any[] */

import { ClientObject } from '../client-object';
import { invalidArgument } from '../errors';
import type { WorkbookState } from '../workbook-state';

export interface Accessor<B> {
  /** What a load of the property reads from the workbook. */
  read(binding: B, state: WorkbookState, location: string): unknown;
  /** An assignment, run at the sync in queue order; it touches the workbook when it changes it. */
  write?(binding: B, value: unknown, state: WorkbookState, location: string): void;
  /** An assignment checked at once and kept locally, nothing queued: what the emulator cannot change. */
  keep?(value: unknown, location: string): void;
}

type Constructor<T> = abstract new (...args: any[]) => T;
type BindingOf<T> = T extends ClientObject<infer B> ? B : never;

function defineAccessor(prototype: object, name: string, accessor: Accessor<unknown>): void {
  const { write, keep } = accessor;
  let set: ((this: ClientObject<unknown>, value: unknown) => void) | undefined;
  if (keep) {
    set = function (value) {
      keep(value, `${this._typeName}.${name}`);
      this._values[name] = value;
    };
  } else if (write) {
    set = function (value) {
      this._set(name, value, (state, binding, v, location) => write(binding, v, state, location));
    };
  }
  Object.defineProperty(prototype, name, {
    configurable: true,
    get(this: ClientObject<unknown>) {
      return this._get(name);
    },
    set,
  });
}

/**
 * `class EmulatedRangeFont extends withAccessors<Excel.RangeFont>()(Base, { bold: ..., italic: ... })`: the class
 * gets those members typed as Office.js declares them, and a load without names reads them in the table's order.
 */
export function withAccessors<Office>() {
  return <Base extends Constructor<ClientObject<any>>, K extends keyof Office & string>(
    base: Base,
    table: { [P in K]: Accessor<BindingOf<InstanceType<Base>>> },
  ): Base & Constructor<Pick<Office, K>> => {
    const accessors = table as Record<string, Accessor<unknown>>;
    let names: readonly string[] | undefined;
    abstract class WithAccessors extends base {
      override _scalarNames(): readonly string[] {
        return (names ??= [...super._scalarNames(), ...Object.keys(accessors)]);
      }
      override _readScalar(name: string, binding: unknown, state: WorkbookState): unknown {
        const accessor = accessors[name];
        return accessor ? accessor.read(binding, state, `${this._typeName}.${name}`) : super._readScalar(name, binding, state);
      }
    }
    for (const [name, accessor] of Object.entries(accessors)) defineAccessor(WithAccessors.prototype, name, accessor);
    return WithAccessors as unknown as Base & Constructor<Pick<Office, K>>;
  };
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

/** A property that is a plain field of a stored record: the write changes the record, then touches the workbook. */
export function recordField<B>(read: Accessor<B>['read'], write?: NonNullable<Accessor<B>['write']>): Accessor<B> {
  if (!write) return { read };
  return {
    read,
    write: (binding, value, state, location) => {
      write(binding, value, state, location);
      state.touch();
    },
  };
}
