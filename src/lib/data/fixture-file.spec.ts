import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateTimelineText } from '$lib/data/validate';

describe('e2e/fixtures/timelines', () => {
	it('validateTimelineText() accepts the dense fixture timeline', () => {
		const file = 'e2e/fixtures/timelines/summit-fixture.json';
		const { problems } = validateTimelineText(readFileSync(file, 'utf8'), file);
		expect(problems.map(formatProblem)).toEqual([]);
	});
});
