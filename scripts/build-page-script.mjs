// Bundles the assistant's script (src/site/browser/page.ts, with the renderers and operations it shares
// with the server) into the static assets. The bundle is build output: public/page/page.js is not
// committed; the stylesheet beside it is.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'public', 'page', 'page.js');

await build({
  entryPoints: [join(root, 'src', 'site', 'browser', 'page.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`Page script bundled to ${outfile}`);
