/** docs/session-log.schema.json, generated from the zod schema so the documented and checked formats never disagree. */
import { asJson } from '../scenario/json-schema';
import { LOG_FORMAT } from './log-types';
import { exportedLogSchema } from './log-schema';

export const sessionLogJsonSchema = (): string =>
  asJson(exportedLogSchema, `Defuse session log (format ${LOG_FORMAT})`);

/** Committed schema files for the session log, and how to generate each (npm run schema:write). */
export const LOG_JSON_SCHEMA_FILES = [
  { file: 'docs/session-log.schema.json', generate: sessionLogJsonSchema },
] as const;
