// Two small webpack plugins used by webpack.config.js.
const path = require('path');
const { sources, WebpackError } = require('webpack');

// All chunks an entry can load: its initial chunks and every lazy chunk reachable from them.
function chunksOfEntry(entrypoint) {
  const chunks = new Set();
  const visited = new Set();
  const visit = (group) => {
    if (visited.has(group)) return;
    visited.add(group);
    for (const chunk of group.chunks) chunks.add(chunk);
    for (const child of group.childrenIterable) visit(child);
  };
  visit(entrypoint);
  return chunks;
}

// Every resource path inside a module, looking through modules that webpack concatenated into one.
function resourcesOf(module) {
  const inner = module.modules ? [...module.modules] : [module];
  return inner.map((item) => item.resource || '').filter(Boolean);
}

/**
 * Writes entrypoints.json: for each entry, the JavaScript files its page loads at start
 * (`initial`) and the ones it may load later (`lazy`). scripts/check-budget.js measures from it.
 */
class EntrypointsManifestPlugin {
  constructor({ filename }) {
    this.filename = filename;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntrypointsManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EntrypointsManifestPlugin', stage: compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const manifest = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const initial = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
            const lazy = new Set();
            for (const chunk of chunksOfEntry(entrypoint)) {
              for (const file of chunk.files) if (file.endsWith('.js') && !initial.includes(file)) lazy.add(file);
            }
            manifest[name] = { initial, lazy: [...lazy].sort() };
          }
          compilation.emitAsset(this.filename, new sources.RawSource(JSON.stringify(manifest, null, 2) + '\n'));
        },
      );
    });
  }
}

/**
 * Fails the build when one of the given entries bundles a forbidden package
 * (HyperFormula is GPL test/workbench tooling and must never ship in the add-in).
 */
class ForbiddenModulesPlugin {
  constructor({ entries, packages }) {
    this.entries = entries;
    this.patterns = packages.map((name) => ({ name, fragment: ['node_modules', name, ''].join(path.sep) }));
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ForbiddenModulesPlugin', (compilation) => {
      compilation.hooks.afterSeal.tap('ForbiddenModulesPlugin', () => {
        for (const entryName of this.entries) {
          const entrypoint = compilation.entrypoints.get(entryName);
          if (!entrypoint) continue;
          const found = new Map();
          for (const chunk of chunksOfEntry(entrypoint)) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              for (const resource of resourcesOf(module)) {
                const hit = this.patterns.find((pattern) => resource.includes(pattern.fragment));
                if (hit && !found.has(hit.name)) found.set(hit.name, resource);
              }
            }
          }
          for (const [name, resource] of found) {
            compilation.errors.push(
              new WebpackError(`The "${entryName}" bundle must not contain ${name}, but it includes ${resource}. Import it only from src/engine/ and keep src/engine/ out of the add-in's imports.`),
            );
          }
        }
      });
    });
  }
}

module.exports = { EntrypointsManifestPlugin, ForbiddenModulesPlugin };
