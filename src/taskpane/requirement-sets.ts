// The requirement sets manifest.xml declares (test/foundation checks they agree): the pane checks them at start-up,
// and its message and the README's "Where it runs" name the Excel versions they imply.

export type RequiredSetName = 'ExcelApi' | 'CustomFunctionsRuntime' | 'SharedRuntime';

export interface RequiredSet {
  name: RequiredSetName;
  version: string;
}

export const REQUIRED_SETS: readonly RequiredSet[] = [
  { name: 'ExcelApi', version: '1.8' },
  { name: 'CustomFunctionsRuntime', version: '1.3' },
  { name: 'SharedRuntime', version: '1.1' },
];
