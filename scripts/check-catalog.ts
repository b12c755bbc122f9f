// The catalog check before any build: wrangler runs it as the build command (wrangler.toml), so
// `npm run build`, `npm run deploy`, `npm start` and the benchmark all stop on a catalog or page
// text that breaks a rule, naming the rule and the record, before a bundle is made.
import { catalog } from '../src/catalog/catalog.js';
import { CatalogError, checkCatalog } from '../src/catalog/check.js';
import { checkPageTexts } from '../src/site/texts.js';

try {
  checkCatalog(catalog);
  checkPageTexts();
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(`The catalog check failed: ${error.message}`);
  process.exit(1);
}
