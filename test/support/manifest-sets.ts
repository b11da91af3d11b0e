// The requirement sets manifest.xml declares, as an emulator's `apiSets`: tests of src/excel run on the oldest Excel
// the add-in admits, so code reaching past those sets without a run-time check fails in jest as it would in that Excel.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiSetOptions } from '@traguardo/excel-emulator';

const MANIFEST = path.resolve(__dirname, '../../manifest.xml');

/** No set limited: the current Excel (Excel on the web, Microsoft 365), for what runs only behind a run-time check. */
export const CURRENT_EXCEL: ApiSetOptions = {};

/** `<Set Name="ExcelApi" MinVersion="1.8" />` and its siblings, read from the manifest's <Requirements>. */
export function manifestApiSets(): ApiSetOptions {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(readFileSync(MANIFEST, 'utf8'))?.[1] ?? '';
  const sets: Record<string, string> = {};
  for (const match of requirements.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"\s*\/>/g)) sets[match[1]] = match[2];
  if (sets.ExcelApi === undefined) throw new Error(`${MANIFEST} declares no ExcelApi set`);
  return sets;
}
