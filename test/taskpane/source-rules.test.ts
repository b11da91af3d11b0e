// Rules of the task pane's source a reviewer would otherwise check by eye: text stays text, Office.js stays in
// office-host.ts, and components hold no user-visible string of their own (all come from the dictionaries).
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

const TASKPANE = path.resolve(__dirname, '../../src/taskpane');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

/** Source without comments, so a comment that mentions Office or HTML does not count. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '');
}

const files = sourceFiles(TASKPANE);
const relative = (file: string): string => path.relative(TASKPANE, file);

test('the task pane has source files to check', () => {
  expect(files.length).toBeGreaterThan(20);
});

test('no HTML is built from strings: no dangerouslySetInnerHTML, innerHTML or outerHTML', () => {
  const offenders = files.filter((file) => /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML/.test(code(file)));
  expect(offenders.map(relative)).toEqual([]);
});

test("only office-host.ts touches the Office global and Excel.run (handing Office's Excel to src/excel's operations)", () => {
  const officeUsers = files.filter((file) => /\bOffice\s*\.|typeof Office\b/.test(code(file))).map(relative);
  expect(officeUsers).toEqual(['office-host.ts']);
  const excelRunners = files.filter((file) => /\bExcel\s*\.\s*run\b/.test(code(file))).map(relative);
  expect(excelRunners).toEqual(['office-host.ts']);
});

test('components show no literal text: every string comes from i18n/it.ts and i18n/en.ts', () => {
  const literals = files
    .filter((file) => file.endsWith('.tsx'))
    .flatMap((file) => {
      const source = code(file);
      const jsxText = [...source.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)<\//gu)].map((match) => match[1].trim());
      const attributes = [...source.matchAll(/\b(?:aria-label|label|title|placeholder|hint|validationMessage)="([^"]*\p{L}[^"]*)"/gu)].map((match) => match[1]);
      return [...jsxText, ...attributes].map((text) => `${relative(file)}: ${text}`);
    });
  expect(literals).toEqual([]);
});
