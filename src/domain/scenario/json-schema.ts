/** The JSON Schemas authors' editors use, generated from the zod schemas so the two never disagree. */
import { z } from 'zod';
import { frameworkSchema } from '../scoring/framework-schema';
import { scenarioSchema } from './schema';

/** A zod schema as a committed JSON Schema file's text (draft 2020-12, with a title). */
export const asJson = (schema: z.ZodType, title: string): string =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), title }, null, 2)}\n`;

export const scenarioJsonSchema = (): string =>
  asJson(scenarioSchema, 'Defuse scenario (format 1)');
export const frameworkJsonSchema = (): string =>
  asJson(frameworkSchema, 'Defuse criteria framework (format 1)');

/** Committed schema files and how to generate each. */
export const JSON_SCHEMA_FILES = [
  { file: 'scenarios/scenario.schema.json', generate: scenarioJsonSchema },
  { file: 'scenarios/framework.schema.json', generate: frameworkJsonSchema },
] as const;
