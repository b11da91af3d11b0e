// Lint rules that catch bugs, not style: ESLint + typescript-eslint recommended, and the Office add-in rules
// (sync/load discipline for Office.js) from eslint-plugin-office-addins without its prettier formatting.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

// The plugin's own recommended config also turns on prettier; take only its office-addins/* rules.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  URL: 'readonly',
};

// ---- Layers (README "Layout"): arrows point inward, and these rules keep them so. ----

const HYPERFORMULA = { regex: '^hyperformula(/|$)', message: 'HyperFormula (GPL-3.0) lives in src/engine and packages/excel-emulator only, never in the add-in.' };
const EMULATOR = { regex: '^@traguardo/excel-emulator(/|$)', message: 'The emulator serves tests, the workbench and the command line (src/engine, src/cli), never the add-in.' };
const NPM_PACKAGE = { regex: '^[^.]', message: 'src/core and src/workbook are pure TypeScript: no package imports.' };
const DOCX_ONLY = { regex: '^(?!docx(/|$))[^.]', message: 'src/report-doc writes Word documents with the docx package and no other.' };

/**
 * One config per folder depth of `src/<folder>/` (up to three subfolders), so that "climbs out of the folder" is
 * exact: a file n subfolders down leaves it with n+1 "../", and may then enter only the `allowed` sibling folders.
 */
function layer(folder, allowed, extraPatterns, message) {
  const siblings = allowed.length === 0 ? '' : `(?!(${allowed.join('|')})(/|$))`;
  return [0, 1, 2, 3].map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            HYPERFORMULA,
            ...extraPatterns,
            { regex: `^(\\.\\./){${depth + 1}}${siblings}`, message },
            { regex: `^(\\.\\./){${depth + 2}}`, message },
          ],
        },
      ],
    },
  }));
}

const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'];
const OFFICE_ONLY = "Office.js belongs to src/excel and the pane's host file src/taskpane/office-host.ts (CustomFunctions to src/functions).";
const officeGlobal = (name) => ({ name, message: OFFICE_ONLY });
/** The same globals reached through the global object: `globalThis.Office`, `(globalThis as T).Excel`, `window.Office`. */
const throughGlobalObject = (names) => ({
  selector:
    `MemberExpression[property.name=/^(${names.join('|')})$/]` +
    ':matches([object.name=/^(globalThis|window|self)$/], [object.expression.name=/^(globalThis|window|self)$/])',
  message: OFFICE_ONLY,
});
/** Office.js's types (`Excel.Range`), which tie a module to the host as surely as a call does. */
const asType = (names) => ({
  selector: `TSQualifiedName[left.name=/^(${names.join('|')})$/]`,
  message: OFFICE_ONLY,
});

export default defineConfig([
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Only where Office.js is called: elsewhere, objects named like Office's (ExcelJS cells, the emulator's own
    // implementation of the API) are not proxies and the load/sync rules would report false errors.
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'src/functions/**/*.ts'],
    rules: officeAddinsRules,
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'office-addins': officeAddins }, // everywhere, so eslint-disable comments naming its rules resolve
    rules: {
      'no-undef': 'off', // TypeScript already reports undefined names, with the right globals per tsconfig
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Every product file but the engine's: the engine hosts HyperFormula; tests and benchmarks drive it.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['src/engine/**', 'packages/excel-emulator/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [HYPERFORMULA] }] },
  },
  {
    // The emulator package is the Excel API itself: it depends on nothing of the product.
    files: ['packages/excel-emulator/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(\\.\\./)(src|test|workbench|bench)(/|$)', message: 'packages/excel-emulator imports nothing of the product.' }] }] },
  },
  {
    // The add-in's own folders never load the emulator (it would bring HyperFormula into the bundle).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [HYPERFORMULA, EMULATOR] }] },
  },
  ...layer('core', [], [NPM_PACKAGE], 'src/core imports nothing of ours outside src/core.'),
  ...layer('workbook', ['core'], [NPM_PACKAGE], 'src/workbook imports only src/core.'),
  ...layer('import', ['core', 'workbook'], [], 'src/import imports only src/core and src/workbook.'),
  ...layer('report-doc', ['core', 'workbook'], [DOCX_ONLY], 'src/report-doc imports only src/core and src/workbook.'),
  {
    // The emulator in src/engine implements the Excel API (and installs it as the global), so it names Excel too.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/engine/**', 'src/taskpane/office-host.ts', 'src/functions/**'],
    rules: {
      'no-restricted-globals': ['error', ...[...OFFICE_GLOBALS, 'CustomFunctions'].map(officeGlobal)],
      'no-restricted-syntax': ['error', throughGlobalObject([...OFFICE_GLOBALS, 'CustomFunctions']), asType([...OFFICE_GLOBALS, 'CustomFunctions'])],
    },
  },
  {
    // Custom functions return CustomFunctions.Error values; Office.js itself stays out of them.
    files: ['src/functions/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS.map(officeGlobal)],
      'no-restricted-syntax': ['error', throughGlobalObject(OFFICE_GLOBALS), asType(OFFICE_GLOBALS)],
    },
  },
  {
    // Error cells follow Office's display language, which only Office.context knows (no pane in the functions' path).
    files: ['src/functions/language.ts'],
    rules: { 'no-restricted-syntax': ['error', asType(OFFICE_GLOBALS)] },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
]);
