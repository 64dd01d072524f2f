/**
 * `npm run schema`: writes data/timeline.schema.json from the zod schema (src/lib/data/schema.ts).
 * Run it after changing the schema, and commit the result; a unit test fails while it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_FILE, timelineJsonSchemaText } from '../src/lib/data/json-schema';

const text = timelineJsonSchemaText();
let current: string | undefined;
try {
	current = readFileSync(SCHEMA_FILE, 'utf8');
} catch {
	current = undefined;
}
if (current === text) {
	console.log(`schema: ${SCHEMA_FILE} is up to date`);
} else {
	writeFileSync(SCHEMA_FILE, text);
	console.log(`schema: wrote ${SCHEMA_FILE}`);
}
