// Writes the OpenAPI document generated from the route schemas to packages/server/openapi.json,
// which the web app's and the CLI's typed clients are generated from. With --check, fails when
// the checked-in document differs from the generated one.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openPglite } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const db = await openPglite();
const app = await buildApp({ db });
await app.ready();
const generated = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await db.close();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('packages/server/openapi.json is out of date: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
} else {
  await writeFile(target, generated);
  console.log(`wrote ${target}`);
}
