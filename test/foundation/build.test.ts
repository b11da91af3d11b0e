// The production build in dist/: what gets deployed. Builds it first when dist/ is missing or older than its sources.
import { execFileSync, execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readManifest, urlsIn } from './manifest-xml';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const functionsSource = path.join(root, 'src/functions/functions.ts');
const REQUIRED = ['taskpane.html', 'functions.js', 'functions.json', 'manifest.xml', 'entrypoints.json'];
const DEFAULT_PRODUCTION_URL = 'https://www.traguardo.example/';

interface FunctionMetadata {
  id: string;
  name: string;
  parameters: Array<{ name: string }>;
}

function modified(file: string): number {
  return fs.statSync(file).mtimeMs;
}

function distIsUsable(): boolean {
  if (!REQUIRED.every((file) => fs.existsSync(path.join(dist, file)))) return false;
  // `npm run build:dev` also writes dist/, with the dev server's office.js: not what these tests check.
  if (!fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8').includes('appsforoffice.microsoft.com')) return false;
  const built = modified(path.join(dist, 'functions.json'));
  const sources = [functionsSource, 'manifest.xml', 'webpack.config.js', 'scripts/webpack-shared.js'].map((source) => path.resolve(root, source));
  return sources.every((source) => modified(source) <= built);
}

/** The ids custom-functions-metadata will generate: `@customfunction ID` or, without an id, the function name upper-cased. */
function customFunctionIds(source: string): string[] {
  const ids: string[] = [];
  const annotated = /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction\b(?:(?!\*\/)[\s\S])*?)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g;
  for (const match of source.matchAll(annotated)) {
    const tag = /@customfunction[ \t]*([^\s*]*)/.exec(match[1]);
    ids.push((tag?.[1] || match[2]).toUpperCase());
  }
  return ids;
}

function productionUrl(): string {
  const url = process.env.TRAGUARDO_URL || DEFAULT_PRODUCTION_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

beforeAll(() => {
  if (!distIsUsable()) {
    execSync('npm run build', { cwd: root, stdio: 'pipe', timeout: 300_000 });
  }
}, 320_000);

describe('production build (dist/)', () => {
  test('holds the deployable files', () => {
    for (const file of [...REQUIRED, 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect([file, fs.existsSync(path.join(dist, file))]).toEqual([file, true]);
    }
  });

  test('functions.json lists exactly the @customfunction functions of src/functions/functions.ts', () => {
    const expected = customFunctionIds(fs.readFileSync(functionsSource, 'utf8'));
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: FunctionMetadata[] };
    expect(expected.length).toBeGreaterThan(0);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...expected].sort());
  });

  test('functions-it.json, where the it-IT manifest override points, has the same function ids', () => {
    const english = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: FunctionMetadata[] };
    const italianFile = path.join(dist, 'functions-it.json');
    expect(fs.existsSync(italianFile)).toBe(true);
    const italian = JSON.parse(fs.readFileSync(italianFile, 'utf8')) as { functions: FunctionMetadata[] };
    expect(italian.functions.map((f) => f.id).sort()).toEqual(english.functions.map((f) => f.id).sort());
  });

  test('functions.js associates every function id with its implementation', () => {
    const bundle = fs.readFileSync(path.join(dist, 'functions.js'), 'utf8');
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: FunctionMetadata[] };
    for (const { id } of metadata.functions) {
      expect([id, bundle.includes(`CustomFunctions.associate("${id}"`)]).toEqual([id, true]);
    }
  });

  test('taskpane.html is the shared runtime page: office.js from the CDN, then the task pane and the functions', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js']));
    expect(html).not.toMatch(/office-js\//);
    expect(fs.existsSync(path.join(dist, 'office-js'))).toBe(false);
  });

  test("taskpane.html's Content-Security-Policy allows only the add-in's origin and Microsoft's office.js", () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const directives = new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const hosts = [...directives.values()].flat().filter((source) => !source.startsWith("'") && source !== 'data:');
    expect([...new Set(hosts)]).toEqual(['https://appsforoffice.microsoft.com']);
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  test('dist/manifest.xml points every URL at the production address, and is still valid', () => {
    const xml = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    const urls = urlsIn(xml);
    expect(urls.filter((url) => !url.startsWith(productionUrl()))).toEqual([]);
    expect(xml).not.toMatch(/localhost/);
    const manifest = readManifest(xml);
    expect(manifest.resources.get('Functions.Metadata.Url')?.overrides['it-IT']).toBe(`${productionUrl()}functions-it.json`);
  });

  test('the size budget check passes and prints the gzipped sizes', () => {
    const output = execFileSync(process.execPath, [path.join(root, 'scripts/check-budget.js')], { cwd: root, encoding: 'utf8' });
    expect(output).toMatch(/functions: [\d.]+ KB gzipped \(budget \d+ KB\) ok/);
    expect(output).toMatch(/taskpane: [\d.]+ KB gzipped \(budget \d+ KB\) ok/);
  });
});
