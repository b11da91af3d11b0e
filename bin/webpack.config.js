// Bundle of the `traguardo` command for Node: dist-cli/traguardo.js plus the functions.json it registers the PERF
// functions from. `npm run build` makes it after the add-in (`npm run build:cli` alone); bin/traguardo.js runs it.
// Packages stay outside the bundle (they are in node_modules wherever the command runs), so it builds in seconds.
const path = require('path');
const { sources, WebpackError } = require('webpack');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const { SOURCE_EXTENSIONS, typescriptRule } = require('../scripts/webpack-shared');

const root = path.resolve(__dirname, '..');
const FUNCTIONS_SOURCE = path.join(root, 'src/functions/functions.ts');

// The same generator the add-in's CustomFunctionsMetadataPlugin runs, without that plugin's loader, which appends
// CustomFunctions.associate(...) calls that only work inside Office.
class FunctionsMetadataAsset {
  apply(compiler) {
    let result;
    compiler.hooks.beforeCompile.tapPromise('FunctionsMetadataAsset', async () => {
      result = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], true);
    });
    compiler.hooks.thisCompilation.tap('FunctionsMetadataAsset', (compilation) => {
      if (result.errors.length > 0) {
        for (const error of result.errors) compilation.errors.push(new WebpackError(`${FUNCTIONS_SOURCE}: ${error}`));
        return;
      }
      compilation.emitAsset('functions.json', new sources.RawSource(result.metadataJson));
    });
  }
}

/** Bare imports ("exceljs", "hyperformula/i18n/...") load from node_modules at run time; the workspace's own
 * TypeScript packages (@traguardo/*) are compiled into the bundle. */
function packagesOutside({ request }, callback) {
  const external = request && !request.startsWith('.') && !path.isAbsolute(request) && !request.startsWith('@traguardo/');
  if (external) return callback(null, `commonjs ${request}`);
  return callback();
}

module.exports = (_env, argv) => ({
  mode: argv.mode === 'development' ? 'development' : 'production',
  target: 'node20',
  context: root,
  entry: { traguardo: './src/cli/bundle-entry.ts' },
  output: { path: path.join(root, 'dist-cli'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  resolve: { extensions: SOURCE_EXTENSIONS },
  externals: [packagesOutside],
  // __dirname is the bundle's own folder at run time: functions.json is read from beside it.
  node: { __dirname: false, __filename: false },
  module: { rules: [typescriptRule] },
  optimization: { minimize: false },
  devtool: 'source-map',
  plugins: [new FunctionsMetadataAsset()],
  performance: { hints: false },
});
