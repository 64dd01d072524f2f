import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('percentile()', () => {
	it.each([
		[[16.7], 95, 16.7],
		[[1, 2, 3, 4, 5], 50, 3],
		[[5, 1, 4, 2, 3], 50, 3],
		[[1, 2, 3, 4], 50, 2.5],
		[[10, 20], 95, 19.5],
		[[1, 2, 3, 4, 100], 100, 100],
		[[1, 2, 3, 4, 100], 0, 1]
	])('percentile(%j, %i) is %d', (values, p, expected) => {
		expect(percentile(values, p)).toBeCloseTo(expected, 9);
	});

	it('is NaN for no samples', () => {
		expect(percentile([], 50)).toBeNaN();
	});

	it('median() does not reorder its input', () => {
		const values = [3, 1, 2];
		expect(median(values)).toBe(2);
		expect(values).toEqual([3, 1, 2]);
	});
});
