// What the add-in, workbench and CLI builds share: how TypeScript and images are bundled, and what a watch ignores.

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.json'];

// tsc --noEmit type-checks the whole tree in `npm run lint` and `npm test`; the bundles only transpile.
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } } },
};

const imageRule = {
  test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
  type: 'asset/resource',
  generator: { filename: 'assets/[name][ext][query]' },
};

/** Folders and files a rebuild never depends on, plus a build's own output folders (`outputs`). */
function watchIgnored(outputs = []) {
  return ['**/node_modules/**', '**/dist/**', ...outputs, '**/.git/**', '**/coverage/**', '**/test-results/**', '**/*.log'];
}

module.exports = { SOURCE_EXTENSIONS, typescriptRule, imageRule, watchIgnored };
