// The layers of README's Layout are kept by lint: a wrong arrow is reported, a legal one is not.
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');

interface Snippet {
  filePath: string;
  code: string;
}

/** The rules that report each snippet, linted as the file it names (one ESLint process for all). */
function lint(snippets: Snippet[]): string[][] {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'lint-text.mjs')], {
    cwd: root,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`lint-text.mjs failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

const cases: [string, Snippet, string[]][] = [
  ['src/core importing src/workbook', { filePath: 'src/core/x.ts', code: "import { a } from '../workbook/layout';\nexport const b = a;\n" }, ['no-restricted-imports']],
  ['src/core importing a package', { filePath: 'src/core/x.ts', code: "import Papa from 'papaparse';\nexport const p = Papa;\n" }, ['no-restricted-imports']],
  ['a nested src/core file importing src/import', { filePath: 'src/core/messages/x.ts', code: "import type { ImportIssue } from '../../import/issue';\nexport type I = ImportIssue;\n" }, ['no-restricted-imports']],
  ['src/workbook importing src/excel', { filePath: 'src/workbook/x.ts', code: "import { applyLayouts } from '../excel/apply';\nexport const f = applyLayouts;\n" }, ['no-restricted-imports']],
  ['Excel.run in src/workbook', { filePath: 'src/workbook/x.ts', code: 'export const run = () => Excel.run(async () => undefined);\n' }, ['no-restricted-globals']],
  ['src/import importing src/excel', { filePath: 'src/import/x.ts', code: "import { applyLayouts } from '../excel/apply';\nexport const f = applyLayouts;\n" }, ['no-restricted-imports']],
  ['src/report-doc importing src/excel', { filePath: 'src/report-doc/x.ts', code: "import { readObjectives } from '../excel/index';\nexport const f = readObjectives;\n" }, ['no-restricted-imports']],
  ['src/report-doc importing a package other than docx', { filePath: 'src/report-doc/x.ts', code: "import mammoth from 'mammoth';\nexport const m = mammoth;\n" }, ['no-restricted-imports']],
  ['Office.context in src/report-doc', { filePath: 'src/report-doc/x.ts', code: 'export const language = () => Office.context.displayLanguage;\n' }, ['no-restricted-globals']],
  ['hyperformula in the task pane', { filePath: 'src/taskpane/x.ts', code: "import { HyperFormula } from 'hyperformula';\nexport const h = HyperFormula;\n" }, ['no-restricted-imports']],
];

const legal: [string, Snippet][] = [
  ['src/core importing src/core', { filePath: 'src/core/messages/x.ts', code: "import { formatNumberIt } from '../format-number';\nexport const f = formatNumberIt;\n" }],
  ['src/workbook importing src/core', { filePath: 'src/workbook/x.ts', code: "import type { Report } from '../core/model';\nexport type R = Report;\n" }],
  [
    'src/import importing src/core, src/workbook and papaparse',
    {
      filePath: 'src/import/report-text/x.ts',
      code: "import Papa from 'papaparse';\nimport type { Report } from '../../core/model';\nimport { MAX_SHEET_NAME_LENGTH } from '../../workbook/naming';\nexport const x = [Papa, MAX_SHEET_NAME_LENGTH];\nexport type R = Report;\n",
    },
  ],
  [
    'src/report-doc importing src/core, src/workbook and docx',
    {
      filePath: 'src/report-doc/x.ts',
      code: "import { Packer } from 'docx';\nimport type { Report } from '../core/model';\nimport { STATUS_COLORS } from '../workbook/styles';\nexport const x = [Packer, STATUS_COLORS];\nexport type R = Report;\n",
    },
  ],
  ['Excel.run in src/excel', { filePath: 'src/excel/x.ts', code: 'export const run = () => Excel.run(async () => undefined);\n' }],
  ['hyperformula in src/engine', { filePath: 'src/engine/x.ts', code: "import { HyperFormula } from 'hyperformula';\nexport const h = HyperFormula;\n" }],
];

const reports: string[][] = [];
beforeAll(() => {
  reports.push(...lint([...cases.map(([, snippet]) => snippet), ...legal.map(([, snippet]) => snippet)]));
});

test.each(cases.map(([name, , rules], index) => [name, rules, index] as const))('%s is reported', (_name, rules, index) => {
  expect(reports[index]).toEqual(rules);
});

test.each(legal.map(([name], index) => [name, cases.length + index] as const))('%s is not reported', (_name, index) => {
  expect(reports[index]).toEqual([]);
});
