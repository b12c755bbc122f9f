// Copies the files GraphiQL needs from @graphql-yoga/graphiql into the static assets, so the page
// loads nothing from a CDN. The copy is build output: public/graphiql/vendor is not committed.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const target = join(root, 'public', 'graphiql', 'vendor');

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of ['graphiql.css', 'yoga-graphiql.umd.js', 'monacoeditorwork']) {
  cpSync(join(dist, file), join(target, file), { recursive: true });
}
console.log(`GraphiQL assets copied to ${target}`);
