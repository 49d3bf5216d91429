// Maps demo URLs onto the demo/ folder; shared by `npm start` and the demo-page tests.
const PASS = /^\/(dist|node_modules|schema|\.tmp|__)/;

export const demoMiddleware = [
  async function demoRoot(ctx, next) {
    if (!PASS.test(ctx.path)) {
      const p = ctx.path.endsWith('/') ? `${ctx.path}index.html` : ctx.path;
      ctx.url = `/demo${p}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    }
    await next();
  },
];
