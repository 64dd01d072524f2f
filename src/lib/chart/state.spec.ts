import { afterEach, describe, expect, it } from 'vitest';
import { KIND_WORDS } from '$lib/data/words';
import { useLanguage } from '$lib/i18n/locale';
import { NO_FILTERS, type Filters } from '$lib/filters/filters';
import { chartData, chartEvent, utcDate } from '$lib/chart/fixtures';
import { ChartState, allotRows, announce } from './state.svelte';

const events = [
	chartEvent({ id: 'summit', kind: 'meeting', date: utcDate('2025-08-15T19:00') }),
	chartEvent({ id: 'call', kind: 'call', date: utcDate('2025-08-16T09:00') }),
	chartEvent({ id: 'statement', kind: 'statement', date: utcDate('2025-08-16T12:00') })
];

function chartWith(filters: Filters = NO_FILTERS): ChartState {
	const data = chartData(events);
	return new ChartState({
		data: () => data,
		filters: () => filters,
		selectedId: () => undefined,
		onselect: () => undefined
	});
}

describe('ChartState.indexOf()', () => {
	const cases = [
		{ filters: NO_FILTERS, id: 'summit', expected: 0 },
		{ filters: NO_FILTERS, id: 'statement', expected: 2 },
		{ filters: NO_FILTERS, id: 'no-such-event', expected: -1 },
		{ filters: { ...NO_FILTERS, kinds: ['call', 'statement'] }, id: 'statement', expected: 1 },
		{ filters: { ...NO_FILTERS, kinds: ['call', 'statement'] }, id: 'summit', expected: -1 }
	] satisfies { filters: Filters; id: string; expected: number }[];
	for (const c of cases) {
		it(`indexOf('${c.id}') is ${c.expected} with kinds [${c.filters.kinds.join(', ')}]`, () => {
			const chart = chartWith(c.filters);
			expect(chart.indexOf(c.id)).toBe(c.expected);
			// asked again, the remembered position is the same
			expect(chart.indexOf(c.id)).toBe(c.expected);
		});
	}
});

describe('ChartState.eventById()', () => {
	const chart = chartWith();
	const cases = [
		{ id: 'call', expected: 'call' },
		{ id: 'no-such-event', expected: undefined },
		{ id: undefined, expected: undefined }
	];
	for (const c of cases) {
		it(`eventById(${String(c.id)}) is ${String(c.expected)}`, () =>
			expect(chart.eventById(c.id)?.id).toBe(c.expected));
	}
});

describe('allotRows()', () => {
	const cases: { needs: number[]; maxHeight: number; maxRows: number; expected: number[] }[] = [
		// 630 px hold 18 rows of 26 under the axis and four lanes' headers: every lane keeps two
		{ needs: [1, 1, 1, 1], maxHeight: 630, maxRows: 6, expected: [2, 2, 2, 2] },
		// a crowded lane takes the rows a quiet one leaves, not an equal share (4 each)
		{ needs: [6, 1, 3, 2], maxHeight: 630, maxRows: 6, expected: [6, 2, 3, 2] },
		// six lanes, 16 rows for 25 needed: two each (three each would take 17)
		{ needs: [6, 4, 5, 5, 3, 2], maxHeight: 630, maxRows: 6, expected: [2, 2, 2, 2, 2, 2] },
		// quiet lanes give up the rows they keep when all fit: the crowded ones get four
		{ needs: [6, 5, 4, 1, 1, 1], maxHeight: 630, maxRows: 6, expected: [4, 4, 4, 1, 1, 1] },
		// five rows for four lanes: the quiet lanes keep one, the crowded one gets two
		{ needs: [6, 1, 1, 1], maxHeight: 300, maxRows: 6, expected: [2, 1, 1, 1] },
		// too many lanes for the window: one row each, and the frame scrolls
		{ needs: Array(10).fill(3), maxHeight: 300, maxRows: 6, expected: Array(10).fill(1) },
		// the window's height unknown (prerendering): what each needs, up to the most
		{ needs: [9, 1], maxHeight: 0, maxRows: 6, expected: [6, 2] },
		{ needs: [9], maxHeight: 5000, maxRows: 6, expected: [6] },
		{ needs: [], maxHeight: 630, maxRows: 10, expected: [] }
	];
	it.each(cases)(
		'allotRows($needs, $maxHeight, $maxRows) is $expected',
		({ needs, maxHeight, maxRows, expected }) => {
			expect(allotRows(needs, maxHeight, maxRows)).toEqual(expected);
		}
	);
});

describe('announce()', () => {
	afterEach(() => useLanguage('en'));
	const cases = [
		{ language: 'en', title: 'Alaska summit', when: 'Fri 15 Aug 2025, 11:26 AKDT' },
		{ language: 'fr', title: 'Sommet en Alaska', when: 'ven. 15 août 2025, 11:26 AKDT' },
		{ language: 'uk', title: 'Саміт на Алясці', when: 'пт, 15 серп. 2025 р., 11:26 AKDT' }
	];
	it.each(cases)('says title, date and kind in $language', ({ language, title, when }) => {
		useLanguage(language);
		// the kind's word comes from words.ts, in the language in force
		expect(announce({ title, when, kind: 'summit' })).toBe(
			`${title}, ${when}, ${KIND_WORDS.summit}`
		);
	});
});
