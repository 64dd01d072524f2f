import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, timelineJsonSchema, timelineJsonSchemaText } from './json-schema';

/** Every sub-schema of type object, with its JSON Pointer. */
function objectSchemas(node: unknown, pointer = '#'): [string, Record<string, unknown>][] {
	if (typeof node !== 'object' || node === null) return [];
	const out: [string, Record<string, unknown>][] = [];
	const record = node as Record<string, unknown>;
	if (record.type === 'object') out.push([pointer, record]);
	for (const [key, child] of Object.entries(record)) {
		out.push(...objectSchemas(child, `${pointer}/${key}`));
	}
	return out;
}

describe('timelineJsonSchemaText()', () => {
	it(`matches the committed ${SCHEMA_FILE} (run npm run schema when this fails)`, () => {
		expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(timelineJsonSchemaText());
	});
});

describe('timelineJsonSchema()', () => {
	const schema = timelineJsonSchema();

	it('is a draft 2020-12 schema with an id and a title', () => {
		expect(schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: expect.stringMatching(/timeline\.schema\.json$/),
			title: 'Diplomatic timeline',
			type: 'object'
		});
	});

	it('closes every object, so editors underline unknown keys', () => {
		const objects = objectSchemas(schema);
		expect(objects.length).toBeGreaterThan(10);
		const open = objects.filter(([, s]) => s.additionalProperties !== false).map(([p]) => p);
		expect(open).toEqual([]);
	});

	it('lets a file name the schema and leave defaulted lists out', () => {
		const properties = schema.properties as Record<string, unknown>;
		expect(properties.$schema).toMatchObject({ type: 'string' });
		expect(schema.required).not.toContain('$schema');
		expect(schema.required).not.toContain('places');
		expect(schema.required).toEqual(expect.arrayContaining(['id', 'asOf', 'sources', 'events']));
	});

	it('leaves out what an author may not know: a main source, a publication date, a quote', () => {
		const defs = JSON.stringify(schema);
		expect(schema.required).not.toContain('mainSource');
		const props = (pointer: string[]) =>
			pointer.reduce<Record<string, unknown>>(
				(node, key) => node[key] as Record<string, unknown>,
				schema
			);
		const source = props(['properties', 'sources', 'items']);
		expect(source.required).not.toContain('published');
		const event = props(['properties', 'events', 'items']);
		expect(event.required).not.toContain('inSource');
		const evidence = props(['properties', 'events', 'items', 'properties', 'evidence', 'items']);
		expect(evidence.required).toEqual(['source']);
		expect(Object.keys(evidence.properties as object)).toEqual([
			'source',
			'quote',
			'locator',
			'note'
		]);
		expect(defs).toContain('"cancelledBy"');
	});
});
