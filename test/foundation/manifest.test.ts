// manifest.xml checked offline: what Excel reads when the add-in is sideloaded or deployed.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { expectedKind, overridesOfTopLevel, readManifest, urlsIn } from './manifest-xml';

const root = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const manifest = readManifest(xml);
const DEV_URL = 'https://localhost:3000/';

function residsOf(element: string, parent?: string): string[] {
  return manifest.residUses.filter((use) => use.element === element && (!parent || use.parent === parent)).map((use) => use.resid);
}

function resource(id: string) {
  const found = manifest.resources.get(id);
  if (!found) throw new Error(`no resource "${id}" in manifest.xml`);
  return found;
}

describe('manifest.xml', () => {
  test('every resid resolves to a resource of the right kind (bt:Image, bt:Url, bt:String)', () => {
    const unresolved = manifest.residUses
      .filter((use) => manifest.resources.get(use.resid)?.kind !== expectedKind(use))
      .map((use) => `<${use.element} resid="${use.resid}"> needs a ${expectedKind(use)} resource`);
    expect(unresolved).toEqual([]);
    expect(manifest.residUses.length).toBeGreaterThan(10);
  });

  test('declares no resource nobody uses', () => {
    const used = new Set(manifest.residUses.map((use) => use.resid));
    expect([...manifest.resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('one long-lived shared runtime: Runtime, functions Page, FunctionFile and the task pane share one URL', () => {
    expect(residsOf('Runtime')).toEqual(['Taskpane.Url']);
    const runtimes = (manifest.root.VersionOverrides as { Hosts: { Host: { Runtimes: { Runtime: Record<string, string> } } } }).Hosts.Host.Runtimes;
    expect(runtimes.Runtime['@_lifetime']).toBe('long');
    expect(residsOf('SourceLocation', 'Page')).toEqual(['Taskpane.Url']);
    expect(residsOf('FunctionFile')).toEqual(['Taskpane.Url']);
    expect(residsOf('SourceLocation', 'Action')).toEqual(['Taskpane.Url']);
    expect(resource('Taskpane.Url').defaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
  });

  test('custom functions: namespace PERF, script functions.js, metadata functions.json', () => {
    expect(resource(residsOf('Namespace')[0]).defaultValue).toBe('PERF');
    expect(resource(residsOf('SourceLocation', 'Script')[0]).defaultValue).toBe(`${DEV_URL}functions.js`);
    expect(resource(residsOf('SourceLocation', 'Metadata')[0]).defaultValue).toBe(`${DEV_URL}functions.json`);
  });

  test('Italian Excel reads the Italian function names from functions-it.json', () => {
    const metadata = resource(residsOf('SourceLocation', 'Metadata')[0]);
    expect(metadata.overrides).toEqual({ 'it-IT': `${DEV_URL}functions-it.json` });
  });

  test('Excel workbook host, permission ReadWriteDocument and nothing more', () => {
    expect(manifest.root.Permissions).toBe('ReadWriteDocument');
    expect(manifest.root.Hosts).toEqual({ Host: { '@_Name': 'Workbook' } });
    expect(manifest.root['@_xsi:type']).toBe('TaskPaneApp');
  });

  test('a ribbon button on the Home tab opens the task pane', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(resource('TaskpaneButton.Label').defaultValue).toBe('Performance report');
  });

  test('names and descriptions are English with Italian overrides, within Office length limits', () => {
    expect(overridesOfTopLevel(manifest.root, 'DisplayName')['it-IT']).toBe('Traguardo');
    expect(overridesOfTopLevel(manifest.root, 'Description')['it-IT']).toMatch(/Relazione sulla Performance/);
    const strings = [...manifest.resources.entries()].filter(([, r]) => r.kind === 'string' && r.defaultValue !== 'PERF');
    for (const [id, r] of strings) {
      expect([id, Object.keys(r.overrides)]).toEqual([id, ['it-IT']]);
      for (const text of [r.defaultValue, r.overrides['it-IT']]) {
        expect([id, text.length <= (r.long ? 250 : 125)]).toEqual([id, true]);
      }
    }
    const description = manifest.root.Description as Record<string, string>;
    expect(description['@_DefaultValue'].length).toBeLessThanOrEqual(250);
  });

  test('every URL points at the dev server, so the production build can rewrite them all', () => {
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  test('the icons it names exist in assets/ at their declared size', () => {
    for (const url of urlsIn(xml).filter((u) => u.endsWith('.png'))) {
      const file = path.join(root, url.slice(DEV_URL.length));
      const png = fs.readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect([url, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([url, size, size]);
    }
  });

  test("Microsoft's office-addin-manifest reads it offline", () => {
    const cli = path.join(root, 'node_modules/office-addin-manifest/cli.js');
    const output = execFileSync(process.execPath, [cli, 'info', path.join(root, 'manifest.xml')], { encoding: 'utf8', timeout: 60_000 });
    expect(output).toMatch(/Name: Traguardo/);
    expect(output).toMatch(/Hosts: Workbook/);
    expect(output).toMatch(/Permissions: ReadWriteDocument/);
  });
});
