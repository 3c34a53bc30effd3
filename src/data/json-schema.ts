import { toJsonSchema } from '@valibot/to-json-schema';
import { FIELD_DOCS } from './schema-docs.ts';
import { factsheetSchema } from './schema.ts';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  description?: string;
}

/** Writes each field's description (schema-docs.ts) into the generated schema. */
function addDescriptions(root: SchemaNode): void {
  for (const [path, text] of Object.entries(FIELD_DOCS)) {
    let node: SchemaNode | undefined = root;
    for (const key of path.split('.')) {
      // A list's fields are those of its items.
      if (node?.items) node = node.items;
      node = node?.properties?.[key];
    }
    if (!node) throw new Error(`schema-docs.ts describes "${path}", which is not a field of the format`);
    node.description = text;
  }
}

/**
 * The JSON Schema that editors' tools check data/factsheet.json against. It is generated
 * from the valibot schema; rules it cannot express (real calendar dates, unique ids,
 * references, low <= value <= high) are checked by `npm run data:check`.
 */
export function buildJsonSchema(): object {
  const generated = toJsonSchema(factsheetSchema, { errorMode: 'ignore' }) as SchemaNode;
  addDescriptions(generated);
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
