// The build's own webpack plugins, on a tiny project in a temporary folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { EntrypointsManifestPlugin, ForbiddenModulesPlugin } from '../../scripts/webpack-plugins';

let project: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
}

function build(entry: Record<string, string>): Promise<webpack.Stats> {
  const compiler = webpack({
    mode: 'production',
    context: project,
    entry,
    output: { path: path.join(project, 'dist'), filename: '[name].js', chunkFilename: '[name].chunk.js' },
    plugins: [
      new EntrypointsManifestPlugin({ filename: 'entrypoints.json' }),
      new ForbiddenModulesPlugin({ entries: ['taskpane', 'functions'], packages: ['hyperformula'] }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => compiler.close(() => (error || !stats ? reject(error) : resolve(stats)))),
  );
}

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-webpack-'));
  write('node_modules/hyperformula/package.json', JSON.stringify({ name: 'hyperformula', main: 'index.js' }));
  write('node_modules/hyperformula/index.js', 'export const HyperFormula = { version: "test" };\n');
  write('src/clean.js', 'export const answer = 42;\nconsole.log(answer);\n');
  write('src/uses-engine.js', 'import { HyperFormula } from "hyperformula";\nconsole.log(HyperFormula.version);\n');
  write('src/lazy-engine.js', 'import("./uses-engine").then(() => console.log("loaded"));\n');
  write('src/lazy-screen.js', 'export const screen = "import";\n');
  write('src/lazy-app.js', 'import("./lazy-screen").then((m) => console.log(m.screen));\n');
});

afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

describe('ForbiddenModulesPlugin', () => {
  test('fails the build when the task pane bundles HyperFormula, naming the entry and the file', async () => {
    const stats = await build({ taskpane: './src/uses-engine.js', functions: './src/clean.js' });
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/The "taskpane" bundle must not contain hyperformula, but it includes .*hyperformula.index\.js/)]);
  }, 30_000);

  test('also catches HyperFormula reached through a lazy import()', async () => {
    const stats = await build({ taskpane: './src/lazy-engine.js', functions: './src/clean.js' });
    expect(stats.hasErrors()).toBe(true);
  }, 30_000);

  test('leaves other entries alone (the workbench may use HyperFormula)', async () => {
    const stats = await build({ taskpane: './src/clean.js', functions: './src/clean.js', workbench: './src/uses-engine.js' });
    expect(stats.hasErrors()).toBe(false);
  }, 30_000);
});

describe('EntrypointsManifestPlugin', () => {
  test('writes, per entry, the files loaded at start and those loaded on demand', async () => {
    const stats = await build({ taskpane: './src/lazy-app.js', functions: './src/clean.js' });
    expect(stats.hasErrors()).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'dist/entrypoints.json'), 'utf8'));
    expect(manifest.taskpane.initial).toEqual(['taskpane.js']);
    expect(manifest.taskpane.lazy).toHaveLength(1);
    expect(manifest.taskpane.lazy[0]).toMatch(/\.chunk\.js$/);
    expect(manifest.functions).toEqual({ initial: ['functions.js'], lazy: [] });
  }, 30_000);
});
