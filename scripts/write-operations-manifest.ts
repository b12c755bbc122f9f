// Writes operations/persisted-query-manifest.json from operations/*.graphql (`npm run operations`).
// A test compares the committed manifest with the files, so the two cannot drift apart.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { manifestOf, manifestText } from './operations-manifest.js';

const directory = new URL('../operations/', import.meta.url);
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => ({ path: `operations/${name}`, text: readFileSync(new URL(name, directory), 'utf8') }));
const target = new URL('persisted-query-manifest.json', directory);
writeFileSync(target, manifestText(await manifestOf(files)));
console.log(`Wrote ${target.pathname} (${files.length} operations)`);
