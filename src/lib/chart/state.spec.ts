import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '$lib/filters/filters';
import { chartData, chartEvent, utcDate } from '$lib/chart/fixtures';
import { ChartState, rowBudget } from './state.svelte';

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

describe('rowBudget()', () => {
	const cases: { maxHeight: number; lanes: number; maxRows: number; expected: number }[] = [
		// (630 − 46) / 4 lanes = 146 px each, less 28 for the header and padding: 4 rows of 26
		{ maxHeight: 630, lanes: 4, maxRows: 6, expected: 4 },
		{ maxHeight: 5000, lanes: 2, maxRows: 6, expected: 6 },
		// too many lanes for the window: one row each, and the frame scrolls
		{ maxHeight: 300, lanes: 10, maxRows: 6, expected: 1 },
		// the window's height unknown (prerendering): the lane's own most
		{ maxHeight: 0, lanes: 4, maxRows: 6, expected: 6 },
		{ maxHeight: 630, lanes: 0, maxRows: 10, expected: 10 }
	];
	it.each(cases)(
		'rowBudget($maxHeight, $lanes, $maxRows) is $expected',
		({ maxHeight, lanes, maxRows, expected }) => {
			expect(rowBudget(maxHeight, lanes, maxRows)).toBe(expected);
		}
	);
});
