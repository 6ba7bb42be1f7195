import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from '../../src/domain/scenario/json-schema';
import { LOG_JSON_SCHEMA_FILES } from '../../src/domain/session/log-json-schema';

describe.each(
  [...JSON_SCHEMA_FILES, ...LOG_JSON_SCHEMA_FILES].map((f) => [f.file, f.generate] as const),
)('%s', (file, generate) => {
  it('is up to date with its zod schema (run `npm run schema:write` after changing it)', () => {
    expect(readFileSync(file, 'utf8')).toBe(generate());
  });
});
