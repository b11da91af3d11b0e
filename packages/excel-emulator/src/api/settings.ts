// Excel.SettingCollection: document settings, values kept as JSON copies like Office stores them.
/* eslint-disable @typescript-eslint/no-explicit-any -- property types mirror @types/office-js (values: any[][]) */

import { ClientCollection, ClientObject, ClientResult } from '../client-object';
import { invalidArgument, itemNotFound } from '../errors';
import type { WorkbookState } from '../workbook-state';
import { withAccessors } from './accessors';

const MAX_SETTING_KEY = 255;

/** Office persists settings as JSON: a value that does not survive JSON is refused instead of silently changed. */
function jsonCopy(value: unknown, key: string, location: string): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) throw invalidArgument(`setting "${key}" value cannot be stored (functions and undefined are not JSON)`, location);
  return JSON.parse(text);
}

abstract class SettingPart extends ClientObject<string> {}

export class EmulatedSetting extends withAccessors<Excel.Setting>()(SettingPart, {
  key: { read: (key) => key },
  value: {
    read: (key, state, location) => jsonCopy(state.settings.get(key), key, location),
    write: (key, v, state, location) => {
      state.settings.set(key, jsonCopy(v, key, location));
      state.touch();
    },
  },
}) {
  override get _typeName(): string {
    return 'Setting';
  }
  override _readScalar(name: string, key: string, state: WorkbookState): unknown {
    if (!state.settings.has(key)) throw itemNotFound(`setting "${key}"`, `Setting.${name}`);
    return super._readScalar(name, key, state);
  }
  delete(): void {
    this._invoke('delete', [], (state, key) => {
      state.settings.delete(key);
      state.touch();
    });
  }
}

export class EmulatedSettingCollection extends ClientCollection<'workbook', string, EmulatedSetting> {
  override get _typeName(): string {
    return 'SettingCollection';
  }
  override _itemBindings(_b: 'workbook', state: WorkbookState): string[] {
    return [...state.settings.keys()];
  }
  override _createItem(key: string): EmulatedSetting {
    return new EmulatedSetting({ context: this._context, parent: this, path: `getItem(${key})`, resolve: () => key, binding: key });
  }
  private setting(path: string, find: (state: WorkbookState, location: string) => string | null, args?: readonly unknown[]): EmulatedSetting {
    const location = `SettingCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedSetting({ context: this._context, parent: this, path, args, resolve: (state) => find(state, location) });
  }
  /** Adds or replaces a setting (keys are case-sensitive). */
  add(key: string, value: any): EmulatedSetting {
    return this.setting(`add(${key})`, (state, location) => {
      if (typeof key !== 'string' || key === '' || key.length > MAX_SETTING_KEY) throw invalidArgument(`setting key must be 1-${MAX_SETTING_KEY} characters`, location);
      state.settings.set(key, jsonCopy(value, key, location));
      state.touch();
      return key;
    }, [key, value]);
  }
  getItem(key: string): EmulatedSetting {
    return this.setting(`getItem(${key})`, (state, location) => {
      if (!state.settings.has(key)) throw itemNotFound(`setting "${key}"`, location);
      return key;
    });
  }
  getItemOrNullObject(key: string): EmulatedSetting {
    return this.setting(`getItemOrNullObject(${key})`, (state) => (state.settings.has(key) ? key : null));
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state) => state.settings.size);
  }
}
