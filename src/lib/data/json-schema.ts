/**
 * The JSON Schema of a timeline file, generated from the zod schema so there is one definition.
 * `npm run schema` writes it to `data/timeline.schema.json`; a unit test fails when the committed
 * file is stale. Editors use it through each file's `"$schema": "../timeline.schema.json"`.
 *
 * It checks shapes only; the rules in rules/ (references, real dates, zones) need the validator.
 */
import { z } from 'zod';
import { Timeline } from './schema';

export const SCHEMA_FILE = 'data/timeline.schema.json';

/** The schema as an object: draft 2020-12, describing the file as written (defaults optional). */
export function timelineJsonSchema(): Record<string, unknown> {
	const generated = z.toJSONSchema(Timeline, { io: 'input', target: 'draft-2020-12' });
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$id: 'https://diplomatic-timeline.local/timeline.schema.json',
		title: 'Diplomatic timeline',
		description:
			'One timeline of diplomatic events: its sources, actors, places and events, each event with its date, evidence and attribution. Generated from src/lib/data/schema.ts by npm run schema; do not edit by hand. The validator (npm run validate) also checks references, real dates, time zones and status against date; see data/README.md.',
		...rest
	};
}

/** The file's exact text: tab-indented, with a final newline. */
export function timelineJsonSchemaText(): string {
	return `${JSON.stringify(timelineJsonSchema(), null, '\t')}\n`;
}
