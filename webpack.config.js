// Build of the add-in: one shared runtime page (taskpane.html) that loads the task pane and the PERF functions.
// `npm run build` -> dist/ for production; `npm run dev-server` -> https://localhost:3000 (or http://127.0.0.1:3000).
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { EntrypointsManifestPlugin, ForbiddenModulesPlugin } = require('./scripts/webpack-plugins');
const { FunctionsItalianMetadataPlugin } = require('./scripts/functions-it');
const { SOURCE_EXTENSIONS, imageRule, typescriptRule, watchIgnored } = require('./scripts/webpack-shared');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PRODUCTION_URL = 'https://www.traguardo.example/';
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DEV_PATH = '/office-js/';
/**
 * The production page's Content-Security-Policy: scripts, requests and frames only from the add-in's own origin and
 * Microsoft's office.js host (which loads its host-specific files and error page from there). Styles allow inline:
 * Fluent UI writes its rules at run time. Development has none: the dev server's live reload talks over a websocket.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const FUNCTIONS_SOURCE = './src/functions/functions.ts';

// The production URL must end with '/' because every manifest URL is DEV_URL + a file name.
function productionUrl() {
  const url = process.env.TRAGUARDO_URL || DEFAULT_PRODUCTION_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

// https with Office's trusted dev certificates where they can be installed; otherwise plain http on 127.0.0.1.
async function devServerAddress() {
  if (process.env.TRAGUARDO_HTTP === '1') {
    console.log('[traguardo] TRAGUARDO_HTTP=1: serving plain http on http://127.0.0.1:' + DEV_SERVER_PORT + '/');
    return { host: '127.0.0.1', server: 'http' };
  }
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { host: 'localhost', server: { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } } };
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n')[0];
    console.log(
      `[traguardo] Office dev certificates could not be installed (${reason}).\n` +
        `[traguardo] Serving plain http on http://127.0.0.1:${DEV_SERVER_PORT}/ instead: fine for the browser and the workbench, ` +
        'but Excel only sideloads an https add-in.',
    );
    return { host: '127.0.0.1', server: 'http' };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const address = serving ? await devServerAddress() : null;

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: SOURCE_EXTENSIONS },
    module: { rules: [typescriptRule, imageRule] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
      new FunctionsItalianMetadataPlugin({ input: 'functions.json', output: 'functions-it.json' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.resolve(__dirname, 'assets'), to: 'assets' },
          {
            // An exact file, not a glob over the project root: a glob would watch the root and loop on log files.
            from: path.resolve(__dirname, 'manifest.xml'),
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().split(DEV_URL).join(productionUrl());
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the same page hosts the task pane and the custom functions.
        chunks: ['taskpane', 'functions'],
        officeJsUrl: dev ? `${OFFICE_JS_DEV_PATH}office.js` : OFFICE_JS_CDN,
        contentSecurityPolicy: dev ? null : CONTENT_SECURITY_POLICY,
      }),
      new EntrypointsManifestPlugin({ filename: 'entrypoints.json' }),
      new ForbiddenModulesPlugin({ entries: ['taskpane', 'functions'], packages: ['hyperformula'] }),
    ],
    performance: { hints: false }, // scripts/check-budget.js enforces the gzipped budgets instead
    watchOptions: { ignored: watchIgnored() },
  };

  if (serving) {
    config.devServer = {
      host: address.host,
      port: DEV_SERVER_PORT,
      server: address.server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: true,
      // Only office.js from npm is served from disk (87 MB, never copied to dist/); everything else is in memory.
      static: [
        {
          directory: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
          publicPath: OFFICE_JS_DEV_PATH,
          watch: false,
        },
      ],
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};
