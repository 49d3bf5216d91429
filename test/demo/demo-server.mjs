// The demo pages served for the node-side browser checks: the project root through @web/dev-server
// with the demo routes (scripts/demo-middleware.mjs), every HTML page under one strict CSP header.
import { resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { demoMiddleware } from '../../scripts/demo-middleware.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** Starts the server on a free port of 127.0.0.1; returns it with its base URL. */
export async function startDemoServer() {
  const server = await startDevServer({
    config: {
      rootDir: ROOT,
      port: 0,
      hostname: '127.0.0.1',
      nodeResolve: false,
      middleware: [
        async (ctx, next) => {
          await next();
          if (ctx.response.is('html')) ctx.set('Content-Security-Policy', CSP);
        },
        ...demoMiddleware,
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, base: `http://127.0.0.1:${server.server.address().port}` };
}
