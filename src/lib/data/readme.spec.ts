/**
 * The authoring guide's examples stay valid: every `json` block of data/README.md is read and put
 * through the validator. A fragment (an event, a `date`, an `evidence` list) is set into the
 * guide's complete example timeline, in place of its event's own, so it is checked with every rule
 * (real dates, zones, status against `asOf`), not only its shape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText } from './validate';

const README = 'data/README.md';
const text = readFileSync(README, 'utf8');

/** Each `json` block with the line it starts on. */
const blocks = [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => ({
	line: text.slice(0, m.index).split('\n').length,
	body: m[1] ?? ''
}));

/** A block as an object: `"date": {…}` fragments are wrapped in braces. */
function parse(body: string): Record<string, unknown> {
	return JSON.parse(body.trim().startsWith('"') ? `{${body}}` : body);
}

const full = blocks.map((b) => parse(b.body)).find((o) => Array.isArray(o.events));

/** The example timeline with one event changed as the fragment says. */
function withFragment(fragment: Record<string, unknown>): Record<string, unknown> | undefined {
	if (!full) return undefined;
	const timeline = structuredClone(full) as { events: Record<string, unknown>[] };
	const [event] = timeline.events;
	if (!event) return undefined;
	if ('kind' in fragment && 'evidence' in fragment) timeline.events.push(fragment);
	else if ('date' in fragment) event.date = fragment.date;
	else if ('evidence' in fragment) event.evidence = fragment.evidence;
	else return undefined;
	return timeline;
}

describe('data/README.md examples', () => {
	it('data/README.md has a complete example timeline and examples of every precision', () => {
		expect(full).toBeDefined();
		const precisions = new Set(
			blocks.flatMap((b) => [...b.body.matchAll(/"precision": "([a-z-]+)"/g)].map((m) => m[1]))
		);
		expect([...precisions].sort()).toEqual(
			['day', 'hour', 'minute', 'month', 'part-of-day', 'week', 'year'].sort()
		);
	});

	for (const { line, body } of blocks) {
		it(`data/README.md's example at line ${line} is valid`, () => {
			const example = parse(body);
			// the opening of every file: { "$schema": "../timeline.schema.json", "id": "…" }
			if (Object.keys(example).join() === '$schema,id') {
				expect(example.$schema).toBe('../timeline.schema.json');
				return;
			}
			const timeline = Array.isArray(example.events) ? example : withFragment(example);
			expect(timeline, `no known shape: ${Object.keys(example).join(', ')}`).toBeDefined();
			const result = validateTimelineText(JSON.stringify(timeline), `${README}:${line}`, {
				expectedId: String(timeline?.id)
			});
			expect(result.problems.map(formatProblem)).toEqual([]);
		});
	}
});
