import { toJsonSchema } from '@valibot/to-json-schema';
import { factsheetSchema } from './schema.ts';

/**
 * The JSON Schema that editors' tools check data/factsheet.json against. It is generated
 * from the valibot schema; rules it cannot express (real calendar dates, unique ids,
 * references, low <= value <= high) are checked by `npm run data:check`.
 */
export function buildJsonSchema(): object {
  const generated = toJsonSchema(factsheetSchema, { errorMode: 'ignore' });
  return {
    ...generated,
    $id: 'https://factsheet.invalid/data/factsheet.schema.json',
    title: 'Fact sheet dataset, format version 2',
    description:
      'Figures, events and statements with their claimants, status and sources. See data/README.md. ' +
      'Run `npm run data:check` for the rules a JSON Schema cannot express.',
  };
}

export const jsonSchemaText = (): string => `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
