import { describe, expect, it } from 'vitest';
import { bucketOf, dayBounds, dayBuckets } from './buckets';
import { utc } from './fixtures';

describe('dayBounds()', () => {
	const cases = [
		{ zone: 'UTC', at: utc(2025, 8, 15, 23), expected: [utc(2025, 8, 15), utc(2025, 8, 16)] },
		{
			zone: 'America/Anchorage',
			at: utc(2025, 8, 16, 3),
			expected: [utc(2025, 8, 15, 8), utc(2025, 8, 16, 8)]
		},
		{
			zone: 'Europe/London',
			at: utc(2025, 10, 26, 12),
			expected: [utc(2025, 10, 25, 23), utc(2025, 10, 27)]
		}
	];
	for (const c of cases) {
		it(`dayBounds() in ${c.zone}`, () => expect(dayBounds(c.at, c.zone)).toEqual(c.expected));
	}
});

describe('dayBuckets()', () => {
	const starts = [utc(2025, 8, 15, 1), utc(2025, 8, 15, 20), utc(2025, 8, 16, 2), utc(2025, 8, 20)];
	const cases = [
		{
			zone: 'UTC',
			expected: [
				[0, 2],
				[2, 3],
				[3, 4]
			]
		},
		{
			zone: 'America/Anchorage',
			expected: [
				[0, 1],
				[1, 3],
				[3, 4]
			]
		},
		{
			zone: 'Europe/Moscow',
			expected: [
				[0, 2],
				[2, 3],
				[3, 4]
			]
		}
	];
	for (const c of cases) {
		it(`dayBuckets() groups starts by the calendar day in ${c.zone}`, () =>
			expect(dayBuckets(starts, c.zone).map((b) => [b.from, b.to])).toEqual(c.expected));
	}
	it('dayBuckets() of nothing is empty', () => expect(dayBuckets([], 'UTC')).toEqual([]));
});

describe('bucketOf()', () => {
	const buckets = dayBuckets(
		[utc(2025, 8, 15, 1), utc(2025, 8, 15, 2), utc(2025, 8, 17), utc(2025, 8, 18)],
		'UTC'
	);
	const cases = [
		{ i: 0, expected: 0 },
		{ i: 1, expected: 0 },
		{ i: 2, expected: 1 },
		{ i: 3, expected: 2 }
	];
	for (const c of cases) {
		it(`bucketOf() finds the bucket of event ${c.i}`, () =>
			expect(bucketOf(buckets, c.i)).toBe(c.expected));
	}
});
