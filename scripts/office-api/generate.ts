// Writes docs/office-api-inventory.md (what the add-in touches of Office.js, and the sets it needs) and
// packages/excel-emulator/src/api-set-table.ts (the ExcelApi version of each emulated member). Run: npx tsx scripts/office-api/generate.ts
import * as fs from 'fs';
import * as path from 'path';
import { collectMemberUses } from './collect-usage';
import { emulatedMemberVersions, renderMemberTable } from './emulator-members';
import { buildInventory, type Inventory } from './inventory';
import { createProjectProgram } from './office-program';
import { renderInventory } from './render-inventory';

export const GENERATE_COMMAND = 'npx tsx scripts/office-api/generate.ts';
export const INVENTORY_PATH = 'docs/office-api-inventory.md';
export const EMULATOR_TABLE_PATH = 'packages/excel-emulator/src/api-set-table.ts';

/** src/engine (the HyperFormula host) and src/cli (the headless command) never run inside Excel. */
const NOT_IN_ADD_IN = /^src\/(engine|cli)\//;

function sourceFiles(root: string, folder: string): string[] {
  const entries = fs.readdirSync(path.join(root, folder), { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return sourceFiles(root, relative);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
    })
    .sort();
}

function typesVersion(root: string, name: string): string {
  return `${name} ${(JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;
}

export interface Generated {
  inventory: Inventory;
  files: { path: string; content: string }[];
}

export function generate(root: string): Generated {
  const addIn = sourceFiles(root, 'src').filter((file) => !NOT_IN_ADD_IN.test(file));
  const emulator = sourceFiles(root, 'packages/excel-emulator/src').filter((file) => file !== EMULATOR_TABLE_PATH);
  const absolute = (files: string[]) => files.map((file) => path.join(root, file));
  const program = createProjectProgram(root, absolute([...addIn, ...emulator]));
  const inventory = buildInventory(collectMemberUses(program, root, absolute(addIn)));
  const markdown = renderInventory(inventory, {
    scope: '`src/` (without `src/engine/` and `src/cli/`, which never run inside Excel)',
    typePackages: ['@types/office-js', '@types/custom-functions-runtime', '@types/office-runtime'].map((name) => typesVersion(root, name)).join(', '),
    command: GENERATE_COMMAND,
  });
  const table = renderMemberTable(emulatedMemberVersions(program, absolute(emulator)), GENERATE_COMMAND);
  return { inventory, files: [{ path: INVENTORY_PATH, content: markdown }, { path: EMULATOR_TABLE_PATH, content: table }] };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../..');
  for (const file of generate(root).files) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}
