import { afterEach, describe, expect, it } from 'vitest';
import { KIND_WORDS } from '$lib/data/words';
import { useLanguage } from '$lib/i18n/locale';
import { NO_FILTERS, type Filters } from '$lib/filters/filters';
import { chartData, chartEvent, utcDate } from '$lib/chart/fixtures';
import { ChartState, MAX_HEIGHT_SHARE, allotRows, announce } from './state.svelte';

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

describe('ChartState.start()', () => {
	// the server's drawing's lanes, as it measured them: a row taller or shorter than the browser's,
	// or for other lanes; the reader's window: unknown (0), or a little taller than the chart needs
	const cases = [
		{
			name: 'taller lanes are kept',
			painted: (own: number[]) => own.map((h) => h + 26),
			kept: true,
			window: false
		},
		{
			name: 'shorter lanes are kept too',
			painted: (own: number[]) => own.map((h) => h - 26),
			kept: true,
			window: false
		},
		{
			name: 'other lanes are ignored',
			painted: (own: number[]) => [...own, 80],
			kept: false,
			window: false
		},
		{
			name: 'lanes too tall for the window are not kept',
			painted: (own: number[]) => own.map((h) => h + 100),
			kept: false,
			window: true
		},
		{
			// the drawing's lanes are by side; a link asks for them by kind
			name: 'lanes of a drawing in another lane mode are not kept',
			painted: (own: number[]) => own.map((h) => h + 26),
			kept: false,
			window: false,
			memory: { laneMode: 'kind' as const }
		}
	];
	for (const c of cases) {
		it(`start(width, memory, undefined, painted): ${c.name}, until the view changes`, () => {
			const memory = 'memory' in c ? c.memory : {};
			const sized = (viewportHeight: number) => {
				const data = chartData(events);
				const inputs = {
					data: () => data,
					filters: () => NO_FILTERS,
					selectedId: () => undefined,
					onselect: () => undefined
				};
				return new ChartState(inputs, { width: 800, viewportHeight });
			};
			const own = sized(0);
			own.start(800, memory);
			const ownHeights = [...own.laneHeights];
			const viewportHeight = c.window ? Math.ceil((own.height + 10) / MAX_HEIGHT_SHARE) : 0;
			const chart = sized(viewportHeight);
			const painted = c.painted(ownHeights);
			chart.start(800, memory, undefined, painted);
			expect(chart.laneHeights).toEqual(c.kept ? painted : ownHeights);
			chart.zoomBy(2);
			const zoomed = sized(viewportHeight);
			zoomed.start(800, memory);
			zoomed.zoomBy(2);
			expect(chart.laneHeights).toEqual(zoomed.laneHeights);
		});
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
