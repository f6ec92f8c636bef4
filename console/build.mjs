// Bundles src/main.js (bpmn-js, its properties panel, the console) into one minified JS and one CSS file under
// the app's static resources, where Quarkus serves them at /console/. Run through build.sh.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = '../src/main/resources/META-INF/resources/console';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { console: 'src/main.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  // Icon fonts are inlined, so no page loads anything from another host (or another file).
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'eof',
  logLevel: 'info'
});
copyFileSync('index.html', `${out}/index.html`);
