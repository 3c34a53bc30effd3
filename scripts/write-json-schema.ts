/** npm run data:schema: regenerates data/factsheet.schema.json from src/data/schema.ts. */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/data/json-schema.ts';

writeFileSync('data/factsheet.schema.json', jsonSchemaText());
console.log('Wrote data/factsheet.schema.json');
