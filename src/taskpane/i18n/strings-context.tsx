// React access to the current dictionary, so components never hold a string of their own.
import * as React from 'react';
import type { Dictionary } from './dictionary';
import { it } from './it';

const StringsContext = React.createContext<Dictionary>(it);

export function StringsProvider(props: { strings: Dictionary; children: React.ReactNode }): React.JSX.Element {
  return <StringsContext.Provider value={props.strings}>{props.children}</StringsContext.Provider>;
}

export function useStrings(): Dictionary {
  return React.useContext(StringsContext);
}
