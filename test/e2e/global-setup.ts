// Builds the workbench for production (unless E2E_SKIP_BUILD=1 reuses dist-workbench/) and serves it on a free port.
import path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT_DIR = path.join(ROOT, 'dist-workbench');

interface StaticServer {
  url: string;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDirectory } = require('../../workbench/serve.js') as {
  serveDirectory(directory: string, options?: { host?: string; port?: number }): Promise<StaticServer>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workbenchConfig = require('../../workbench/webpack.config.js') as (env: object, argv: { mode: string }) => webpack.Configuration;

function buildWorkbench(): Promise<number> {
  const started = Date.now();
  const compiler = webpack(workbenchConfig({}, { mode: 'production' }));
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        const details = stats ? stats.toString({ all: false, errors: true, errorDetails: true }) : 'no stats';
        return reject(new Error(`The workbench build failed:\n${details}`));
      }
      resolve(Date.now() - started);
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') {
    console.log(`\n[e2e] E2E_SKIP_BUILD=1: serving the existing ${OUTPUT_DIR}`);
  } else {
    const ms = await buildWorkbench();
    console.log(`\n[e2e] workbench built for production in ${(ms / 1000).toFixed(1)} s`);
  }
  const server = await serveDirectory(OUTPUT_DIR, { host: '127.0.0.1', port: 0 });
  (globalThis as { __WORKBENCH_SERVER__?: StaticServer }).__WORKBENCH_SERVER__ = server;
  // Tests run in this process (one worker, in band) or in workers forked after this point: both see the variable.
  process.env.WORKBENCH_URL = `${server.url}workbench.html`;
  console.log(`[e2e] serving ${process.env.WORKBENCH_URL}`);
}
