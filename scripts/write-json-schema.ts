/** npm run schema:write — regenerates the committed JSON Schemas from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILES } from '../src/domain/scenario/json-schema';
import { LOG_JSON_SCHEMA_FILES } from '../src/domain/session/log-json-schema';

for (const { file, generate } of [...JSON_SCHEMA_FILES, ...LOG_JSON_SCHEMA_FILES]) {
  writeFileSync(file, generate());
  console.log(`wrote ${file}`);
}
