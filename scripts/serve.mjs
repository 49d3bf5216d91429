// Serves the demo pages (demo/) and the built bundle (dist/) on http://localhost:8000 (PORT overrides).
// Paths outside /dist, /node_modules and /schema are served from demo/, so "/" is demo/index.html.
import { startDevServer } from '@web/dev-server';
import { demoMiddleware } from './demo-middleware.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: false,
    middleware: demoMiddleware,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`tp-widgets demo: http://localhost:${port}/`);
