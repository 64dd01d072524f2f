import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_STATUSES } from '$lib/data/schema';
import { utcDate } from './fixtures';
import { fadeOf, fuzziness, KIND_GLYPHS, STATUS_STYLES } from './encoding';

describe('KIND_GLYPHS and STATUS_STYLES', () => {
	it('KIND_GLYPHS gives every kind its own closed shape', () => {
		const paths = EVENT_KINDS.map((k) => KIND_GLYPHS[k]);
		expect(new Set(paths).size).toBe(EVENT_KINDS.length);
		for (const p of paths) expect(p).toMatch(/^M.*Z$/);
	});
	it('STATUS_STYLES tells every status apart without colour', () => {
		const keys = EVENT_STATUSES.map((s) => JSON.stringify(STATUS_STYLES[s]));
		expect(new Set(keys).size).toBe(EVENT_STATUSES.length);
	});
});

const fuzzyCases = [
	{
		name: 'an exact date',
		date: utcDate('2025-08-15T11:26'),
		expected: { start: false, end: false },
		fade: undefined
	},
	{
		name: 'an approximate day',
		date: utcDate('2025-08-16', undefined, { approximate: true }),
		expected: { start: true, end: true },
		fade: 'both'
	},
	{
		name: 'an exact start with an approximate end',
		date: {
			...utcDate('2025-08-15T11:26', '2025-08-15T14:30'),
			end: { value: '2025-08-15T14:30', precision: 'minute' as const, approximate: true }
		},
		expected: { start: false, end: true },
		fade: 'end'
	},
	{
		name: 'sometime within a range',
		date: { ...utcDate('2025-08-11', '2025-08-14'), within: true },
		expected: { start: true, end: true },
		fade: 'both'
	},
	{
		name: 'an uncertain start with an exact end',
		date: {
			...utcDate('2025-08-15T11:26', '2025-08-15T14:30'),
			start: { value: '2025-08-15T11:26', precision: 'minute' as const, uncertain: true }
		},
		expected: { start: true, end: false },
		fade: 'start'
	}
];

describe('fuzziness()', () => {
	for (const c of fuzzyCases) {
		it(`fuzziness() of ${c.name}`, () => expect(fuzziness(c.date)).toEqual(c.expected));
	}
});

describe('fadeOf()', () => {
	for (const c of fuzzyCases) {
		it(`fadeOf() of ${c.name} is ${c.fade ?? 'none'}`, () => expect(fadeOf(c.date)).toBe(c.fade));
	}
});
