// Build of the workbench (development only, never part of the add-in): the emulated workbook beside the real task pane.
// `npm run start:workbench` serves it from memory on http://127.0.0.1:3000/workbench.html; `npm run build:workbench`
// writes dist-workbench/ (the e2e tests build it that way and serve it with workbench/serve.js).
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { parseTree } = require('custom-functions-metadata');
const { SOURCE_EXTENSIONS, imageRule, typescriptRule, watchIgnored } = require('../scripts/webpack-shared');

const ROOT = path.resolve(__dirname, '..');
const FUNCTIONS_SOURCE = path.resolve(ROOT, 'src/functions/functions.ts');
const DEFAULT_PORT = 3000;
const OUTPUT_DIR = path.resolve(ROOT, 'dist-workbench');

// functions.json as the add-in build generates it (same generator), re-read whenever functions.ts changes.
function functionsMetadataJson() {
  const result = parseTree(fs.readFileSync(FUNCTIONS_SOURCE, 'utf8'), FUNCTIONS_SOURCE);
  const errors = result.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`Custom functions metadata of ${FUNCTIONS_SOURCE}: ${errors.join('; ')}`);
  return JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: result.functions });
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const port = Number(process.env.WORKBENCH_PORT || process.env.npm_package_config_dev_server_port || DEFAULT_PORT);

  /** @type {import('webpack').Configuration} */
  const config = {
    name: 'workbench',
    context: ROOT,
    mode: dev ? 'development' : 'production',
    // Cheap maps in development keep rebuilds quick; the production build (e2e tests) skips maps to build faster.
    devtool: dev ? 'eval-cheap-module-source-map' : false,
    entry: { workbench: './workbench/index.tsx' },
    output: {
      path: OUTPUT_DIR,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    // Rebuilds (the e2e run builds every time) reuse unchanged modules from node_modules/.cache/webpack.
    cache: {
      type: 'filesystem',
      name: `workbench-${dev ? 'development' : 'production'}`,
      buildDependencies: { config: [__filename, require.resolve('../scripts/webpack-shared')] },
    },
    resolve: { extensions: SOURCE_EXTENSIONS },
    module: { rules: [typescriptRule, imageRule] },
    plugins: [
      new DefinePlugin({
        __PERF_FUNCTIONS_METADATA__: DefinePlugin.runtimeValue(functionsMetadataJson, { fileDependencies: [FUNCTIONS_SOURCE] }),
      }),
      new HtmlWebpackPlugin({ filename: 'workbench.html', template: './workbench/workbench.html', chunks: ['workbench'] }),
    ],
    // The workbench bundles HyperFormula and the whole pane: size budgets are the add-in's concern, not this page's.
    performance: { hints: false },
    // Served from 127.0.0.1 only: minifying 7 MB of modules would triple the build time and gain nothing here.
    // Production mode still gives React's production build and tree shaking, so the page runs at production speed.
    optimization: { minimize: false },
    watchOptions: { ignored: watchIgnored(['**/dist-workbench/**']) },
    devServer: {
      host: '127.0.0.1',
      port,
      server: 'http',
      hot: false,
      liveReload: true,
      open: false,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
  return config;
};
