import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_STATUSES } from '$lib/data/schema';
import { utcDate } from './fixtures';
import { fuzziness, KIND_GLYPHS, STATUS_STYLES } from './glyphs';

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

describe('fuzziness()', () => {
	const cases = [
		{
			name: 'an exact date',
			date: utcDate('2025-08-15T11:26'),
			expected: { start: false, end: false }
		},
		{
			name: 'an approximate day',
			date: utcDate('2025-08-16', undefined, { approximate: true }),
			expected: { start: true, end: true }
		},
		{
			name: 'an exact start with an approximate end',
			date: {
				...utcDate('2025-08-15T11:26', '2025-08-15T14:30'),
				end: { value: '2025-08-15T14:30', precision: 'minute' as const, approximate: true }
			},
			expected: { start: false, end: true }
		},
		{
			name: 'sometime within a range',
			date: { ...utcDate('2025-08-11', '2025-08-14'), within: true },
			expected: { start: true, end: true }
		}
	];
	for (const c of cases) {
		it(`fuzziness() of ${c.name}`, () => expect(fuzziness(c.date)).toEqual(c.expected));
	}
});
