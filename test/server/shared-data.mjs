// Read-only access to the real data in ../shared/data for browser tests that cross-check a widget
// against the source file itself: GET /__shared-data/<folder>/<file>. 404 when the data is absent
// (a user's machine); the tests then skip. Only plain files directly inside a data folder are served.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const ROOT = resolve('..', 'shared', 'data');

export async function sharedDataRoutes(ctx, next) {
  const m = /^\/__shared-data\/([\w.-]+)\/([\w.-]+)$/.exec(ctx.path);
  if (!m) return next();
  const file = resolve(ROOT, m[1], m[2]);
  if (!file.startsWith(ROOT + sep) || m[1].startsWith('.') || m[2].startsWith('.')) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
}
