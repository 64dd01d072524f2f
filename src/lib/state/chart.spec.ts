import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '$lib/timeline/filters';
import { chartData, chartEvent, utcDate } from '$lib/timeline/fixtures';
import { ChartState } from './chart.svelte';

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
