import { describe, expect, it } from 'vitest';
import { tinyTimeline, date, point } from '$lib/export/test-timeline';
import { DEFAULT_PREVIEW_LIMIT, hasEventImages, previewLimit } from './preview';

describe('previewLimit()', () => {
	const cases: { raw: string | undefined; expected: number }[] = [
		{ raw: undefined, expected: DEFAULT_PREVIEW_LIMIT },
		{ raw: ' ', expected: DEFAULT_PREVIEW_LIMIT },
		{ raw: '0', expected: 0 },
		{ raw: '20000', expected: 20000 }
	];
	it.each(cases)('previewLimit() reads PREVIEW_IMAGE_LIMIT=$raw', ({ raw, expected }) => {
		expect(previewLimit({ PREVIEW_IMAGE_LIMIT: raw })).toBe(expected);
	});

	it.each(['-1', '1.5', 'many'])('previewLimit() refuses PREVIEW_IMAGE_LIMIT=%s', (raw) => {
		expect(() => previewLimit({ PREVIEW_IMAGE_LIMIT: raw })).toThrow(
			`PREVIEW_IMAGE_LIMIT must be a whole number of events: got "${raw}"`
		);
	});
});

describe('hasEventImages()', () => {
	const two = tinyTimeline([
		{ id: 'a', date: date(point('2025-08-15', 'day')) },
		{ id: 'b', date: date(point('2025-08-16', 'day')) }
	]);
	it.each([
		{ limit: '2', expected: true },
		{ limit: '1', expected: false },
		{ limit: '0', expected: false }
	])('hasEventImages() of 2 events with a limit of $limit is $expected', ({ limit, expected }) => {
		expect(hasEventImages(two, { PREVIEW_IMAGE_LIMIT: limit })).toBe(expected);
	});
});
