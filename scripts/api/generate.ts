// `npm run api:generate`: writes packages/web/src/api/schema.d.ts from the API (see ./schema.ts).
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, generateApiSchema } from './schema';

writeFileSync(SCHEMA_FILE, await generateApiSchema());
process.stdout.write(`api:generate: wrote ${SCHEMA_FILE}\n`);
