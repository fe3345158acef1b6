// A static file server for the built preview (dist-preview/): no dependencies, own origin only.
// "/" serves preview.html. Listens on 127.0.0.1 and ::1 only (the preview is for this machine).
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer } from 'http';
import { extname, join, normalize, resolve, sep } from 'path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function handler(dir) {
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (pathname === '/' || pathname === '') pathname = '/preview.html';
    const file = normalize(join(dir, pathname));
    if (!(file + sep).startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/** Serves dir on port; resolves once listening on 127.0.0.1 (::1 is best effort). */
export async function serve(dir, port) {
  const root = resolve(dir);
  const listen = (host) =>
    new Promise((ok, fail) => {
      const server = createServer(handler(root));
      server.once('error', fail);
      server.listen(port, host, () => ok(server));
    });
  const servers = [await listen('127.0.0.1')];
  try {
    servers.push(await listen('::1'));
  } catch {
    // No IPv6 loopback here: 127.0.0.1 is enough for http://localhost.
  }
  return servers;
}
