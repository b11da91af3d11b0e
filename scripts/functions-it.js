// Italian metadata of the PERF.* functions: functions-it.json = the generated functions.json with the Italian names,
// descriptions and parameters of src/functions/functions-it-names.json (same ids, so Excel's it-IT override matches).
// As a webpack plugin it runs after CustomFunctionsMetadataPlugin; as a CLI it converts files:
//   node scripts/functions-it.js [functions.json] [functions-it-names.json] [functions-it.json]
const fs = require('fs');
const path = require('path');

const PLUGIN_NAME = 'FunctionsItalianMetadataPlugin';
const DEFAULT_NAMES = path.resolve(__dirname, '../src/functions/functions-it-names.json');

/**
 * Builds the Italian metadata. Throws an Error listing every id or parameter without a translation (or translated
 * but unknown), so a function added in English cannot ship without its Italian name.
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, { name: string, description: string }> }>} names
 */
function buildItalianMetadata(metadata, names) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const italian = names[fn.id];
    if (!italian) {
      problems.push(`${fn.id}: no Italian name`);
      return fn;
    }
    const parameterNames = italian.parameters || {};
    for (const key of Object.keys(parameterNames)) {
      if (!fn.parameters.some((parameter) => parameter.name === key)) problems.push(`${fn.id}: unknown parameter "${key}"`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const translated = parameterNames[parameter.name];
      if (!translated) {
        problems.push(`${fn.id}: parameter "${parameter.name}" has no Italian name`);
        return parameter;
      }
      return { ...parameter, name: translated.name, description: translated.description };
    });
    return { ...fn, name: italian.name, description: italian.description, parameters };
  });
  for (const id of Object.keys(names)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`${id}: Italian name for a function that does not exist`);
  }
  if (problems.length > 0) throw new Error(`functions-it: ${problems.join('; ')}`);
  return { ...metadata, functions };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** webpack 5 plugin: reads the functions.json asset and emits functions-it.json beside it. */
class FunctionsItalianMetadataPlugin {
  /** @param {{ input?: string, output?: string, names?: string }} [options] */
  constructor(options = {}) {
    this.input = options.input || 'functions.json';
    this.output = options.output || 'functions-it.json';
    this.names = path.resolve(options.names || DEFAULT_NAMES);
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.names);
        const asset = compilation.getAsset(this.input);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${this.input} was not generated (is CustomFunctionsMetadataPlugin listed before this plugin?)`));
          return;
        }
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const italian = buildItalianMetadata(metadata, readJson(this.names));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(italian, null, 4)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${error.message}`));
        }
      });
    });
  }
}

function main(argv) {
  const [input = 'dist/functions.json', names = DEFAULT_NAMES, output] = argv;
  const target = output || path.join(path.dirname(input), 'functions-it.json');
  try {
    const italian = buildItalianMetadata(readJson(input), readJson(names));
    fs.writeFileSync(target, JSON.stringify(italian, null, 4));
    console.log(`functions-it: ${italian.functions.length} functions written to ${target}`);
    return 0;
  } catch (error) {
    console.error(`functions-it: ${error.message}`);
    return 1;
  }
}

module.exports = { FunctionsItalianMetadataPlugin, buildItalianMetadata };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
