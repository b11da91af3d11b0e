// The Office.js surface the add-in touches, regenerated from the source: the checked-in inventory and the emulator's
// table must be current, and manifest.xml must declare, per requirement set, exactly the lowest version it allows.
import * as fs from 'fs';
import * as path from 'path';
import { generate, GENERATE_COMMAND, type Generated } from '../../scripts/office-api/generate';
import { REQUIRED_SETS } from '../../src/taskpane/requirement-sets';

const root = path.resolve(__dirname, '../..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const declared = Object.fromEntries([...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)].map((match) => [match[1], match[2]]));

let generated: Generated;
beforeAll(() => {
  generated = generate(root);
}, 120_000);

test.each(['docs/office-api-inventory.md', 'packages/excel-emulator/src/api-set-table.ts'])('%s is what the source gives today', (file) => {
  const written = generated.files.find((item) => item.path === file);
  const current = fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), 'utf8') : '';
  // When this fails, run the command and look at the diff: a new member may need a higher set.
  expect({ file, upToDate: current === written?.content, command: GENERATE_COMMAND }).toEqual({ file, upToDate: true, command: GENERATE_COMMAND });
});

test('the manifest declares each set at the lowest version the code needs without a run-time check, and SharedRuntime 1.1', () => {
  const needed = Object.fromEntries(generated.inventory.required.map((requirement) => [requirement.set, requirement.version]));
  // The shared runtime is the manifest's <Runtimes> element, not a member the code calls.
  expect(declared).toEqual({ ...needed, SharedRuntime: '1.1' });
  expect(needed.ExcelApi).toBeDefined();
  expect(needed.CustomFunctionsRuntime).toBeDefined();
});

test('what needs more than the manifest is used only after a run-time check: custom properties (1.12) and RangeAreas (1.9)', () => {
  const checked = generated.inventory.checked.map((requirement) => `${requirement.set} ${requirement.version}`);
  expect(checked).toEqual(['ExcelApi 1.12', 'ExcelApi 1.9']);
  expect(generated.inventory.checked[0].members).toContain('Excel.Worksheet.customProperties');
  expect(generated.inventory.checked[1].members).toEqual(['Excel.RangeAreas.areas', 'Excel.Worksheet.getRanges']);
});

test('the pane checks at start-up the very sets the manifest declares, and the README says which Excel has them', () => {
  expect(Object.fromEntries(REQUIRED_SETS.map((set) => [set.name, set.version]))).toEqual(declared);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const whereItRuns = readme.slice(readme.indexOf('## Where it runs'), readme.indexOf('\n## ', readme.indexOf('## Where it runs') + 1));
  for (const [set, version] of Object.entries(declared)) expect(whereItRuns).toContain(`**${set} ${version}**`);
});
