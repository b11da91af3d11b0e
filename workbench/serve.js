// A small static file server for a built workbench (dist-workbench/): the e2e tests serve the production build with it.
// Usage: node workbench/serve.js [directory] [port]   (port 0 picks a free one; the address is printed)
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The file a request path names inside `root`, or null when it would leave it.
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'workbench.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves `directory` on http://host:port/ (port 0 = a free port). Resolves once listening, with the base URL
 * and a close() that stops the server and drops open connections.
 */
function serveDirectory(directory, { host = '127.0.0.1', port = 0 } = {}) {
  const root = path.resolve(directory);
  if (!fs.existsSync(path.join(root, 'workbench.html'))) {
    return Promise.reject(new Error(`${root} has no workbench.html: build it first with \`npm run build:workbench\`.`));
  }
  const server = http.createServer((request, response) => {
    const file = fileFor(root, request.url || '/');
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Bad path: ${request.url}`);
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${request.url}`);
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveDirectory };

if (require.main === module) {
  const directory = process.argv[2] || path.resolve(__dirname, '..', 'dist-workbench');
  const port = Number(process.argv[3] || 3000);
  serveDirectory(directory, { port }).then(
    (server) => console.log(`Workbench: ${server.url}workbench.html  (Ctrl-C stops it)`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
