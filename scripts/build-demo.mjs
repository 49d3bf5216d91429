// Bundles the framework hosts of the demo (React 19, Vue 3) into demo/build/ with esbuild.
// demo/ is not published (package.json "files"); demo/build/ is gitignored and made by `npm run build`.
import { build } from 'esbuild';

await build({
  entryPoints: { 'react-host': 'demo/hosts/react-host.js', 'vue-host': 'demo/hosts/vue-host.js' },
  outdir: 'demo/build',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  // The widgets come from the page's CDN script; the hosts import its `define` from the same URL.
  external: ['/dist/cdn/tp-widgets.js'],
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
console.log('demo hosts: demo/build/react-host.js, demo/build/vue-host.js');
