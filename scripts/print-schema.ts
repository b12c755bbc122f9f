// Writes the schema's SDL, sorted, to schema/schema.graphql (`npm run schema`). A test compares
// the committed file with the code, so the published contract cannot drift unnoticed.
import { writeFileSync } from 'node:fs';
import { schemaSdl } from '../src/graphql/sdl.js';

const file = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(file, schemaSdl());
console.log(`Wrote ${file.pathname}`);
