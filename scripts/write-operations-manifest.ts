// Writes operations/persisted-query-manifest.json from operations/*.graphql and the pages' own
// operations/page/*.graphql (`npm run operations`). A test compares the committed manifest with the
// files, so the two cannot drift apart.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { manifestOf, manifestText } from './operations-manifest.js';

const directory = new URL('../operations/', import.meta.url);
const files = ['', 'page/']
  .flatMap((folder) =>
    readdirSync(new URL(folder, directory))
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => ({
        path: `operations/${folder}${name}`,
        text: readFileSync(new URL(`${folder}${name}`, directory), 'utf8'),
      })),
  )
  .sort((a, b) => (a.path < b.path ? -1 : 1));
const target = new URL('persisted-query-manifest.json', directory);
writeFileSync(target, manifestText(await manifestOf(files)));
console.log(`Wrote ${target.pathname} (${files.length} operations)`);
