// Koa middleware for the browser tests' local server (127.0.0.1).
// Each module under test/server/ adds routes under its own prefix; this file only chains them.
const routes = [];
try {
  const { faultRoutes } = await import('./faults.mjs');
  routes.push(faultRoutes);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
}

try {
  const { sharedDataRoutes } = await import('./shared-data.mjs');
  routes.push(sharedDataRoutes);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
}

try {
  const { reliabilityRoutes } = await import('./reliability.mjs');
  routes.push(reliabilityRoutes);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
}

export const testMiddleware = routes;
