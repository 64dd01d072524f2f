import { describe, expect, it } from 'vitest';
import type { DayGroup } from './days';
import {
	eventOffset,
	RowHeights,
	spaceAbove,
	spaceBelow,
	spanRanges,
	visibleRows
} from './row-heights';
import { flattenDays, leadingRows, rowOfEvent, visibleDays, type ListRow } from './virtual-list';

// the rows of virtual-list.ts and the heights of row-heights.ts, on the same rows

const ev = (id: string) => ({ id });
const groups: DayGroup<{ id: string }>[] = [
	{ key: '2025-08-14', events: [ev('a'), ev('b')] },
	{ key: '2025-08-15', events: [ev('c'), ev('d'), ev('e')] },
	{ key: '2025-08-16', events: [ev('f')] }
];
// rows: 0 day 14, 1 a, 2 b, 3 day 15, 4 c, 5 d, 6 e, 7 day 16, 8 f
const rows = flattenDays(groups);
const describeRow = (r: ListRow<{ id: string }>) =>
	r.type === 'day' ? `day ${r.key}` : `${r.row}: ${r.event.id} #${r.position} head ${r.head}`;

/** Headings 20 px, events 50 px: offsets 0 20 70 120 140 190 240 290 310, total 360. */
const fixed = () => new RowHeights(rows.length, (i) => (rows[i]!.type === 'day' ? 20 : 50));

describe('flattenDays()', () => {
	it('flattenDays() puts each day heading before its events, numbering the events in order', () =>
		expect(rows.map(describeRow)).toEqual([
			'day 2025-08-14',
			'1: a #1 head 0',
			'2: b #2 head 0',
			'day 2025-08-15',
			'4: c #3 head 3',
			'5: d #4 head 3',
			'6: e #5 head 3',
			'day 2025-08-16',
			'8: f #6 head 7'
		]));
	it('flattenDays() gives no rows for no days', () => expect(flattenDays([])).toEqual([]));
});

describe('leadingRows()', () => {
	const cases = [
		{ count: 0, expected: 0 },
		{ count: 1, expected: 2 },
		{ count: 2, expected: 3 },
		{ count: 3, expected: 5 },
		{ count: 6, expected: 9 },
		{ count: 100, expected: 9 }
	];
	for (const c of cases) {
		it(`leadingRows() needs ${c.expected} rows for the first ${c.count} events`, () =>
			expect(leadingRows(rows, c.count)).toBe(c.expected));
	}
});

describe('rowOfEvent()', () => {
	const cases = [
		{ id: 'a', expected: 1 },
		{ id: 'c', expected: 4 },
		{ id: 'f', expected: 8 },
		{ id: '2025-08-15', expected: -1 },
		{ id: 'nope', expected: -1 }
	];
	for (const c of cases) {
		it(`rowOfEvent() finds "${c.id}" at ${c.expected}`, () =>
			expect(rowOfEvent(rows, c.id)).toBe(c.expected));
	}
});

describe('RowHeights', () => {
	it('RowHeights offset() sums the estimates before a row', () => {
		const h = fixed();
		expect(Array.from({ length: rows.length + 1 }, (_, i) => h.offset(i))).toEqual([
			0, 20, 70, 120, 140, 190, 240, 290, 310, 360
		]);
		expect(h.total).toBe(360);
	});

	it('RowHeights measure() moves every row below the measured one', () => {
		const h = fixed();
		expect(h.measure(1, 80)).toBe(true);
		expect(h.isMeasured(1)).toBe(true);
		expect(h.isMeasured(2)).toBe(false);
		expect([h.offset(1), h.offset(2), h.offset(9)]).toEqual([20, 100, 390]);
	});

	const measures = [
		{ name: 'ignores a change of half a pixel or less', height: 50.4, changed: false, total: 360 },
		{ name: 'takes a change of more than half a pixel', height: 51, changed: true, total: 361 },
		{ name: 'ignores a height that is not a number', height: NaN, changed: false, total: 360 },
		{ name: 'ignores a negative height', height: -5, changed: false, total: 360 }
	];
	for (const c of measures) {
		it(`RowHeights measure() ${c.name}`, () => {
			const h = fixed();
			expect(h.measure(4, c.height)).toBe(c.changed);
			expect(h.total).toBe(c.total);
		});
	}

	it('RowHeights reestimate() changes only the rows not measured yet', () => {
		const h = fixed();
		h.measure(1, 30);
		h.reestimate(() => 10);
		expect([h.height(0), h.height(1), h.height(2), h.total]).toEqual([10, 30, 10, 110]);
	});

	const at = [
		{ y: -100, expected: 0 },
		{ y: 0, expected: 0 },
		{ y: 19.9, expected: 0 },
		{ y: 20, expected: 1 },
		{ y: 139, expected: 3 },
		{ y: 140, expected: 4 },
		{ y: 359, expected: 8 },
		{ y: 1000, expected: 8 }
	];
	for (const c of at) {
		it(`RowHeights rowAt(${c.y}) is row ${c.expected}`, () =>
			expect(fixed().rowAt(c.y)).toBe(c.expected));
	}

	it('RowHeights rowAt() passes over rows of no height', () => {
		const h = new RowHeights(4, (i) => (i === 1 || i === 2 ? 0 : 10));
		expect([h.rowAt(9), h.rowAt(10), h.rowAt(19)]).toEqual([0, 3, 3]);
	});

	it('RowHeights rowAt() is -1 with no rows', () =>
		expect(new RowHeights(0, () => 1).rowAt(5)).toBe(-1));

	it('RowHeights agrees with plain running sums over 10,000 rows of mixed heights', () => {
		const n = 10_000;
		const heights = Array.from({ length: n }, (_, i) => 20 + ((i * 37) % 41));
		const h = new RowHeights(n, (i) => heights[i]!);
		for (let i = 0; i < n; i += 7) {
			const measured = 30 + ((i * 13) % 29);
			heights[i] = measured;
			h.measure(i, measured);
		}
		let sum = 0;
		for (let i = 0; i < n; i++) {
			if (i % 997 === 0) {
				expect(h.offset(i)).toBe(sum);
				expect(h.rowAt(sum)).toBe(i);
				expect(h.rowAt(sum + heights[i]! - 0.5)).toBe(i);
			}
			sum += heights[i]!;
		}
		expect(h.total).toBe(sum);
	});
});

describe('visibleRows()', () => {
	const cases = [
		{ name: 'the rows in a viewport', top: 130, bottom: 250, overscan: 0, expected: [3, 7] },
		{
			name: 'the rows in a viewport and its overscan',
			top: 130,
			bottom: 250,
			overscan: 60,
			expected: [2, 9]
		},
		{ name: 'a viewport at the top', top: 0, bottom: 100, overscan: 0, expected: [0, 3] },
		{
			name: 'the first rows for a viewport above the list',
			top: -900,
			bottom: -500,
			overscan: 100,
			expected: [0, 3]
		},
		{
			name: 'the last rows for a viewport below the list',
			top: 900,
			bottom: 1200,
			overscan: 60,
			expected: [7, 9]
		},
		{
			name: 'every row for a viewport taller than the list',
			top: -50,
			bottom: 500,
			overscan: 0,
			expected: [0, 9]
		}
	];
	for (const c of cases) {
		it(`visibleRows() gives ${c.name}`, () => {
			const { first, last } = visibleRows(fixed(), c.top, c.bottom, c.overscan);
			expect([first, last]).toEqual(c.expected);
		});
	}
	it('visibleRows() gives nothing for no rows', () =>
		expect(visibleRows(new RowHeights(0, () => 1), 0, 100, 50)).toEqual({ first: 0, last: 0 }));
});

describe('spanRanges()', () => {
	it('spanRanges() spans both ranges', () =>
		expect(spanRanges({ first: 5, last: 9 }, { first: 2, last: 6 })).toEqual({
			first: 2,
			last: 9
		}));
});

describe('visibleDays()', () => {
	const cases = [
		{ name: 'whole days', range: { first: 0, last: 9 }, expected: ['0: a b', '3: c d e', '7: f'] },
		{
			name: 'a day begun before the range, under its heading',
			range: { first: 5, last: 8 },
			expected: ['3: d e', '7: ']
		},
		{ name: 'nothing for an empty range', range: { first: 4, last: 4 }, expected: [] }
	];
	for (const c of cases) {
		it(`visibleDays() groups ${c.name}`, () =>
			expect(
				visibleDays(rows, c.range).map(
					(d) => `${d.head}: ${d.events.map((e) => e.event.id).join(' ')}`
				)
			).toEqual(c.expected));
	}
});

describe('spaceAbove() and spaceBelow()', () => {
	const cases = [
		{ name: 'the whole list drawn', range: { first: 0, last: 9 }, above: 0, below: 0 },
		{ name: 'a range from a heading', range: { first: 3, last: 7 }, above: 120, below: 70 },
		{
			name: 'a range inside a day, whose heading is drawn',
			range: { first: 5, last: 7 },
			above: 170,
			below: 70
		}
	];
	for (const c of cases) {
		it(`spaceAbove() and spaceBelow() leave room for ${c.name}`, () => {
			const h = fixed();
			expect([spaceAbove(rows, h, c.range), spaceBelow(h, c.range)]).toEqual([c.above, c.below]);
		});
	}
});

describe('eventOffset()', () => {
	const cases = [
		{ id: 'a', expected: 20 },
		{ id: 'd', expected: 190 },
		{ id: 'f', expected: 310 },
		{ id: 'nope', expected: undefined }
	];
	for (const c of cases) {
		it(`eventOffset() of "${c.id}" is ${c.expected}`, () =>
			expect(eventOffset(rows, fixed(), c.id)).toBe(c.expected));
	}
});
