import { describe, expect, it } from 'vitest';
import { dayBuckets } from './buckets';
import type { ChartEvent } from './data';
import { chartData, chartEvent, utc, utcDate } from './fixtures';
import { buildLanes } from './lanes';
import {
	badgeWidth,
	connectorsFor,
	countLabel,
	drawnUpTo,
	fitLabels,
	placeLane,
	type Connector,
	type PlacedCluster,
	type PlacedEvent,
	type LanePlacement,
	type PlaceOptions
} from './placement';
import { createTimeScale } from './scale';

const at = (id: string, value: string, actors = ['trump']) =>
	chartEvent({ id, title: `Title of ${id}`, actors, date: utcDate(value) });

/** A connector at `x` joining the marks at each `[lane, row]`, top to bottom. */
const connector = (id: string, x: number, ...ends: [number, number][]): Connector => ({
	id,
	x,
	ends: ends.map(([lane, row]) => ({ lane, row }))
});

function place(events: ChartEvent[], view: [number, number], opts: Partial<PlaceOptions> = {}) {
	const data = chartData(events);
	const layout = buildLanes(data.events, 'single', data);
	const lane = layout.lanes[0]!;
	const x = createTimeScale({ domain: view, width: opts.width ?? 1000 });
	return placeLane(lane, dayBuckets(lane.starts, 'UTC'), {
		x,
		view,
		width: 1000,
		rows: 2,
		measure: (t) => t.length * 7,
		...opts
	});
}

/** Every pair of things in one row is apart: marks, labels and badges never overlap. */
function overlaps(p: LanePlacement, measure = (t: string) => t.length * 7): string[] {
	const boxes = [
		...p.events.map((e) => ({
			id: e.event.id,
			row: e.row,
			// a label may stand left of its mark
			a: Math.min(e.x0 - 6, e.label ? e.labelX : Infinity),
			b: Math.max(e.x1, e.x0 + 6, e.label ? e.labelX + measure(e.label) : -Infinity)
		})),
		...p.clusters.map((c) => ({ id: c.key, row: c.row, a: c.badgeX, b: c.badgeX + c.badgeWidth }))
	];
	const found: string[] = [];
	for (const m of boxes) {
		for (const n of boxes) {
			if (m !== n && m.row === n.row && m.a < n.b && n.a < m.b && m.id < n.id)
				found.push(`${m.id}/${n.id}`);
		}
	}
	return found;
}

const day: [number, number] = [utc(2025, 8, 15), utc(2025, 8, 16)];

describe('placeLane()', () => {
	const cases: {
		name: string;
		events: ChartEvent[];
		view: [number, number];
		opts?: Partial<PlaceOptions>;
		/** the id of the event pinned (the focused or selected one) */
		pin?: string;
		expected: { events: string[]; labelled: string[]; clusters: number[] };
	}[] = [
		{
			name: 'labels events that are far apart, in one row',
			events: [at('a', '2025-08-15T02:00'), at('b', '2025-08-15T12:00')],
			view: day,
			expected: { events: ['a', 'b'], labelled: ['a', 'b'], clusters: [] }
		},
		{
			name: 'moves a close event to the second row to keep its label',
			events: [at('a', '2025-08-15T02:00'), at('b', '2025-08-15T03:00')],
			view: day,
			expected: { events: ['a', 'b'], labelled: ['a', 'b'], clusters: [] }
		},
		{
			name: 'hides a label before it collapses a day',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T03:00'),
				at('c', '2025-08-15T04:00')
			],
			view: day,
			expected: { events: ['a', 'b', 'c'], labelled: ['b', 'c'], clusters: [] }
		},
		{
			name: 'keeps the label of a pinned event, hiding another instead',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T03:00'),
				at('c', '2025-08-15T04:00')
			],
			view: day,
			pin: 'a',
			expected: { events: ['a', 'b', 'c'], labelled: ['a', 'c'], clusters: [] }
		},
		{
			name: 'shows what fits of a crowded day and counts the rest in a badge',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T02:01'),
				at('c', '2025-08-15T02:02'),
				at('d', '2025-08-16T12:00')
			],
			view: [utc(2025, 8, 14), utc(2025, 8, 18)],
			expected: { events: ['a', 'd'], labelled: ['a', 'd'], clusters: [2] }
		},
		{
			name: 'keeps a pinned event out of the badge',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T02:01'),
				at('c', '2025-08-15T02:02')
			],
			view: [utc(2025, 8, 14), utc(2025, 8, 18)],
			pin: 'b',
			expected: { events: ['b'], labelled: ['b'], clusters: [2] }
		},
		{
			name: 'never collapses at the deepest zoom',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T02:00'),
				at('c', '2025-08-15T02:00')
			],
			view: [utc(2025, 8, 15, 1, 50), utc(2025, 8, 15, 2, 10)],
			opts: { collapse: false },
			expected: { events: ['a', 'b', 'c'], labelled: ['a', 'b', 'c'], clusters: [] }
		},
		{
			name: 'aggregates into day badges above maxMarks',
			events: [
				at('a', '2025-08-15T02:00'),
				at('b', '2025-08-15T12:00'),
				at('c', '2025-08-16T02:00'),
				at('d', '2025-08-17T02:00')
			],
			view: [utc(2025, 8, 14), utc(2025, 8, 18)],
			opts: { maxMarks: 3 },
			expected: { events: [], labelled: [], clusters: [2, 1, 1] }
		},
		{
			name: 'leaves out events outside the view',
			events: [
				at('a', '2025-08-14T02:00'),
				at('b', '2025-08-15T12:00'),
				at('c', '2025-08-17T02:00')
			],
			view: day,
			expected: { events: ['b'], labelled: ['b'], clusters: [] }
		}
	];
	for (const c of cases) {
		it(`placeLane() ${c.name}`, () => {
			const pinned = c.events.filter((e) => e.id === c.pin).map((e) => [e.id, e] as const);
			const p = place(c.events, c.view, { ...c.opts, pinned: new Map(pinned) });
			expect(p.events.map((e) => e.event.id).sort()).toEqual(c.expected.events);
			expect(
				p.events
					.filter((e) => e.label)
					.map((e) => e.event.id)
					.sort()
			).toEqual(c.expected.labelled);
			expect(p.clusters.map((k) => k.count)).toEqual(c.expected.clusters);
			if (c.opts?.collapse !== false) expect(overlaps(p)).toEqual([]);
		});
	}

	it('placeLane() never overlaps anything in a dense random day', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const events = Array.from({ length: 60 }, (_, i) => {
			const minute = Math.floor(random() * 3 * 24 * 60);
			const d = new Date(utc(2025, 8, 15) + minute * 60_000).toISOString().slice(0, 16);
			return at(`r${String(i).padStart(2, '0')}`, d);
		});
		for (const width of [360, 800, 1280]) {
			const p = place(events, [utc(2025, 8, 15), utc(2025, 8, 18)], { width, rows: 3 });
			expect(overlaps(p)).toEqual([]);
			const shown = p.events.length + p.clusters.reduce((n, k) => n + k.count, 0);
			expect(shown).toBe(60);
			if (width === 360) expect(p.clusters.length).toBeGreaterThan(0);
		}
	});

	it('placeLane() shows the events of a crowded day not labelled in a lane above first', () => {
		const events = [
			at('a', '2025-08-15T02:00'),
			at('b', '2025-08-15T02:01'),
			at('c', '2025-08-15T02:02')
		];
		const view: [number, number] = [utc(2025, 8, 14), utc(2025, 8, 18)];
		const p = place(events, view, { rows: 2, labelled: new Set(['a']) });
		expect(p.events.map((e) => [e.event.id, e.label !== ''])).toEqual([['b', true]]);
		expect(p.clusters.map((k) => [k.count, k.more])).toEqual([[2, true]]);
	});

	it("placeLane() labels an event at the chart's right edge on the left of its mark", () => {
		const measure = (t: string) => t.length * 7;
		// 23:00 of a day 1,000 px wide: 42 px are left on the right, far too few for the title
		const edge = place([at('a', '2025-08-15T23:00')], day, { measure });
		const a = edge.events[0]!;
		expect(a.label).toBe('Title of a');
		expect(a.labelX + measure(a.label)).toBeLessThanOrEqual(a.x0 - 6);
		// close to it: no further than the offset and the halo
		expect(a.labelX + measure(a.label)).toBeGreaterThan(a.x0 - 6 - 10);
		// never past the chart's left edge: cut there, on a narrow chart
		const narrow = place(
			[{ ...at('a', '2025-08-15T23:00'), title: 'A title far longer than a phone' }],
			day,
			{
				measure,
				width: 120
			}
		).events[0]!;
		expect(narrow.labelX).toBeGreaterThanOrEqual(0);
		expect(narrow.label.endsWith('…')).toBe(true);
		// with room on the right, it stays there
		const inside = place([at('a', '2025-08-15T12:00')], day, { measure }).events[0]!;
		expect(inside.labelX).toBeGreaterThan(inside.x0);
	});

	it('placeLane() puts a label left of its mark only where a row has more room there', () => {
		const measure = (t: string) => t.length * 7;
		// both rows hold a label up to about 950 px: less room on the left than the 42 on the right
		const crowded = place(
			[at('a', '2025-08-15T20:00'), at('b', '2025-08-15T20:10'), at('c', '2025-08-15T23:00')],
			day,
			{ measure, rows: 2 }
		);
		const c = crowded.events.find((e) => e.event.id === 'c')!;
		expect(c.labelX === 0 || c.labelX > c.x0).toBe(true);
		expect(overlaps(crowded, measure)).toEqual([]);
		// a row kept free: the label goes there, on the left
		const free = place([at('a', '2025-08-15T20:00'), at('c', '2025-08-15T23:00')], day, {
			measure,
			rows: 2
		});
		const left = free.events.find((e) => e.event.id === 'c')!;
		expect(left.label).toBe('Title of c');
		expect(left.labelX).toBeLessThan(left.x0);
		expect(overlaps(free, measure)).toEqual([]);
	});

	it("placeLane() keeps a crowded day's key event's left label clear of the day's badge", () => {
		const measure = (t: string) => t.length * 7;
		// a key event late in a crowded day is placed before the day's others, and their badge
		// goes where they start (at 23:55, no room is left for it after the key event)
		const key = {
			...at('k', '2025-08-15T23:55'),
			key: true as const,
			title: 'A key event whose long title would reach back over the day'
		};
		const events = [
			at('a', '2025-08-15T13:00'),
			at('b', '2025-08-15T13:05'),
			at('c', '2025-08-15T13:10'),
			key
		];
		// one row: a label on the left would cross the badge, so it goes right
		const one = place(events, day, { measure, rows: 1 });
		expect(one.clusters).toHaveLength(1);
		expect(overlaps(one, measure)).toEqual([]);
		expect(one.events.find((e) => e.event.id === 'k')?.labelEnd).toBeUndefined();
		// two rows: the badge takes the other, and the label stays on the left
		const two = place(events, day, { measure, rows: 2 });
		expect(overlaps(two, measure)).toEqual([]);
		const k = two.events.find((e) => e.event.id === 'k')!;
		expect(k.labelEnd).toBeDefined();
		expect(k.label).toBe(key.title);
	});

	it('placeLane() reports the rows it used', () => {
		const far = place([at('a', '2025-08-15T02:00'), at('b', '2025-08-15T12:00')], day, { rows: 6 });
		const close = place([at('a', '2025-08-15T02:00'), at('b', '2025-08-15T02:30')], day, {
			rows: 6
		});
		expect([far.rows, close.rows]).toEqual([1, 2]);
	});

	it('placeLane() draws a span from its start to its end', () => {
		const span = chartEvent({ id: 's', date: utcDate('2025-08-15', '2025-08-15') });
		const p = place([span], [utc(2025, 8, 14), utc(2025, 8, 18)]);
		expect(p.events[0]).toMatchObject({ instant: false, x0: 250, x1: 500 });
	});
});

describe('connectorsFor()', () => {
	it('connectorsFor() links the marks of an event in several lanes', () => {
		const call = at('call', '2025-08-15T12:00', ['trump', 'zelenskyy']);
		const post = at('post', '2025-08-15T14:00', ['trump']);
		const data = chartData([call, post]);
		const layout = buildLanes(data.events, 'affiliation', data);
		const x = createTimeScale({ domain: day, width: 1000 });
		const placements = layout.lanes.map((lane) =>
			placeLane(lane, dayBuckets(lane.starts, 'UTC'), { x, view: day, width: 1000, rows: 2 })
		);
		expect(connectorsFor(placements)).toEqual([connector('call', 500, [0, 0], [1, 0])]);
	});
	it('connectorsFor() draws none for a key event, labelled in every lane', () => {
		const summit = {
			...at('summit', '2025-08-15T12:00', ['trump', 'zelenskyy']),
			key: true as const
		};
		const data = chartData([summit]);
		const layout = buildLanes(data.events, 'affiliation', data);
		const x = createTimeScale({ domain: day, width: 1000 });
		const placements = layout.lanes.map((lane) =>
			placeLane(lane, dayBuckets(lane.starts, 'UTC'), { x, view: day, width: 1000, rows: 2 })
		);
		expect(placements.map((p) => p.events.map((e) => e.label !== ''))).toEqual([[true], [true]]);
		expect(connectorsFor(placements)).toEqual([]);
	});
});

describe('placeLane() across lanes', () => {
	it('placeLane() labels an event in one lane only, given a shared labelled set', () => {
		const call = at('call', '2025-08-15T12:00', ['trump', 'zelenskyy']);
		const data = chartData([call]);
		const layout = buildLanes(data.events, 'affiliation', data);
		const x = createTimeScale({ domain: day, width: 1000 });
		const labelled = new Set<string>();
		const labels = layout.lanes.map(
			(lane) =>
				placeLane(lane, dayBuckets(lane.starts, 'UTC'), {
					x,
					view: day,
					width: 1000,
					rows: 2,
					labelled
				}).events[0]?.label
		);
		expect(labels).toEqual(['Title of call', '']);
	});
});

describe('countLabel()', () => {
	const cases = [
		{ n: 7, expected: '7' },
		{ n: 1000, expected: '1k' },
		{ n: 1250, expected: '1.3k' },
		{ n: 35_400, expected: '35k' }
	];
	for (const c of cases)
		it(`countLabel() of ${c.n} is ${c.expected}`, () => expect(countLabel(c.n)).toBe(c.expected));
});

describe('badgeWidth()', () => {
	const cases = [
		{ label: '7', px: 7, expected: 22 },
		{ label: '999', px: 21, expected: 33 },
		{ label: '1.3k', px: 28, expected: 40 }
	];
	for (const c of cases)
		it(`badgeWidth() of ${c.label}, ${c.px} px of text, is ${c.expected} px`, () =>
			expect(badgeWidth(c.label, () => c.px)).toBe(c.expected));

	it('badgeWidth() is the width placeLane() gives each badge', () => {
		const events = Array.from({ length: 40 }, (_, i) =>
			at(`e${i}`, `2025-08-${String(10 + (i % 7)).padStart(2, '0')}T0${i % 10}:00`)
		);
		const p = place(events, [utc(2025, 8, 9), utc(2025, 8, 18)], { maxMarks: 3 });
		expect(p.clusters.length).toBeGreaterThan(1);
		for (const c of p.clusters) expect(c.badgeWidth).toBe(badgeWidth(c.label, (t) => t.length * 7));
	});
});

describe('fitLabels()', () => {
	const measure = (t: string) => t.length * 7;
	const TITLE = 'A rather long title of forty characters.';
	/** A labelled instant at x0 in a row; its label starts 10 px to its right (16 for a key event). */
	const mark = (id: string, row: number, x0: number, key = false): PlacedEvent => ({
		type: 'event',
		event: { ...at(id, '2025-08-15T12:00'), title: TITLE, ...(key ? { key: true as const } : {}) },
		row,
		x0,
		x1: x0,
		instant: true,
		label: 'A rather…',
		labelX: x0 + (key ? 9 : 6) + 4
	});
	const lane = (...events: PlacedEvent[]): LanePlacement => ({
		events,
		clusters: [],
		aggregated: false,
		rows: 3
	});
	const cases: {
		name: string;
		placements: LanePlacement[];
		connectors?: Connector[];
		/** the longest each label may be, px, by lane and mark; Infinity: the whole title */
		room: number[][];
	}[] = [
		{
			name: 'a label alone in its row takes the whole title',
			placements: [lane(mark('a', 0, 100))],
			room: [[Infinity]]
		},
		{
			name: 'a label stops short of the next mark in its row',
			placements: [lane(mark('a', 0, 100), mark('b', 0, 200))],
			// b's glyph starts at 194; less the gap, 188; a's label starts at 110
			room: [[78, Infinity]]
		},
		{
			name: 'a mark in another row leaves a label alone',
			placements: [lane(mark('a', 0, 100), mark('b', 1, 200))],
			room: [[Infinity, Infinity]]
		},
		{
			name: "a key event's larger glyph starts further left",
			placements: [lane(mark('a', 0, 100), mark('k', 0, 200, true))],
			// k's glyph starts at 191; less the gap, 185
			room: [[75, Infinity]]
		},
		{
			name: 'a label stops at the chart edge',
			placements: [lane(mark('a', 0, 900))],
			room: [[90]]
		},
		{
			name: 'a connector crossing the row cuts the label before it',
			placements: [lane(mark('c', 0, 150)), lane(mark('a', 0, 100)), lane(mark('c', 0, 150))],
			connectors: [connector('c', 150, [0, 0], [2, 0])],
			// 150 less the gap, less a's label start at 110
			room: [[Infinity], [34], [Infinity]]
		},
		{
			name: 'a connector does not cut rows above its top end',
			placements: [lane(mark('a', 0, 100), mark('c', 1, 150)), lane(mark('c', 0, 150))],
			connectors: [connector('c', 150, [0, 1], [1, 0])],
			room: [[Infinity, Infinity], [Infinity]]
		}
	];
	it.each(cases)('fitLabels(): $name', ({ placements, connectors = [], room }) => {
		fitLabels(placements, connectors, 1000, measure);
		placements.forEach((p, l) =>
			p.events.forEach((e, i) => {
				const max = room[l]![i]!;
				if (max === Infinity) expect(e.label).toBe(TITLE);
				else {
					expect(measure(e.label)).toBeLessThanOrEqual(max);
					// it uses the room: one more word would not fit
					expect(measure(e.label)).toBeGreaterThan(max - 7 * 12);
					expect(e.label === '' || e.label.endsWith('…')).toBe(true);
				}
			})
		);
	});

	it('fitLabels() keeps the label of an earlier mark clear of a label left of its mark', () => {
		const before = mark('a', 0, 600);
		// b, at the chart's edge, is labelled from 700 px up to its glyph
		const after = {
			...mark('b', 0, 990),
			label: TITLE,
			labelX: 990 - 6 - 4 - measure(TITLE),
			labelEnd: 980
		};
		fitLabels([lane(before, after)], [], 1000, measure);
		expect(before.labelX + measure(before.label)).toBeLessThanOrEqual(after.labelX - 6);
		expect(after.label).toBe(TITLE);
	});

	it('fitLabels() cuts a label left of its mark where a connector crosses it, from the left', () => {
		const left = {
			...mark('b', 0, 990),
			label: TITLE,
			labelX: 990 - 6 - 4 - measure(TITLE),
			labelEnd: 980
		};
		const placements = [lane(mark('c', 0, 800)), lane(left), lane(mark('c', 0, 800))];
		fitLabels(placements, [connector('c', 800, [0, 0], [2, 0])], 1000, measure);
		expect(left.label.endsWith('…')).toBe(true);
		expect(left.labelX).toBeGreaterThanOrEqual(806);
		// it still ends by its mark
		expect(left.labelX + measure(left.label)).toBeGreaterThan(990 - 6 - 4 - 10);
	});

	describe("fitLabels() with a badge where a full row's label starts", () => {
		// a span from before the view is labelled at the chart's left edge; a crowded day's badge
		// that found no free row stands there too
		const badge: PlacedCluster = {
			type: 'cluster',
			key: 'day',
			row: 0,
			start: 0,
			end: 1,
			count: 2,
			x0: 0,
			x1: 60,
			badgeX: 0,
			badgeWidth: 22,
			label: '2'
		};
		const span = (x1: number): PlacedEvent => ({
			...mark('s', 0, -300),
			x1,
			instant: false,
			label: TITLE,
			labelX: 4
		});
		it('fitLabels() moves the label along its bar, past the badge', () => {
			const s = span(500);
			fitLabels([{ ...lane(s), clusters: [badge] }], [], 1000, measure);
			expect(s.labelX).toBe(22 + 6);
			expect(s.label).toBe(TITLE);
		});
		it('fitLabels() hides it when its bar ends before the badge does', () => {
			const s = span(20);
			fitLabels([{ ...lane(s), clusters: [badge] }], [], 1000, measure);
			expect(s.label).toBe('');
		});
		it('fitLabels() leaves it where it is when the badge is in another row', () => {
			const s = span(500);
			fitLabels([{ ...lane(s), clusters: [{ ...badge, row: 1 }] }], [], 1000, measure);
			expect(s.labelX).toBe(4);
			expect(s.label).toBe(TITLE);
		});
	});

	it('fitLabels() leaves hidden labels hidden', () => {
		const hidden = { ...mark('a', 0, 100), label: '' };
		fitLabels([lane(hidden)], [], 1000, measure);
		expect(hidden.label).toBe('');
	});
});

describe('placeLane() with key events', () => {
	it('placeLane() labels a key event in every lane, another in the first only', () => {
		const labelled = new Set<string>();
		const key = { ...at('k', '2025-08-15T12:00'), key: true as const };
		const plain = at('p', '2025-08-15T18:00');
		const first = place([key, plain], day, { labelled });
		const second = place([key, plain], day, { labelled });
		expect(first.events.map((e) => e.label !== '')).toEqual([true, true]);
		expect(second.events.map((e) => [e.event.id, e.label !== ''])).toEqual([
			['k', true],
			['p', false]
		]);
	});
	it("placeLane() measures a key event's label in its own weight, where the measure has one", () => {
		const key = { ...at('k', '2025-08-15T12:00'), key: true as const };
		const plain = at('p', '2025-08-15T18:00');
		const rows = (measure: PlaceOptions['measure']) =>
			place([key, plain], day, { measure }).events.map((e) => [e.event.id, e.row]);
		const regular = (t: string) => t.length * 7;
		// bold as wide as some scripts set it: the key event's label reaches past the next mark
		const bold = Object.assign(regular, { bold: (t: string) => t.length * 30 });
		expect(rows((t) => t.length * 7)).toEqual([
			['k', 0],
			['p', 0]
		]);
		expect(rows(bold)).toEqual([
			['k', 0],
			['p', 1]
		]);
	});
	it('placeLane() keeps a key event out of the badge of a crowded day', () => {
		const times = ['00:00', '00:10', '00:20', '00:30', '00:40', '00:50'];
		const crowd = times.map((t, i) => at(`e${i}`, `2025-08-15T${t}`));
		const key = { ...at('k', '2025-08-15T00:25'), key: true as const };
		const placed = place([...crowd, key], day, { collapse: true, rows: 1 });
		expect(placed.clusters.map((c) => c.count)).toEqual([6]);
		expect(placed.events.map((e) => e.event.id)).toEqual(['k']);
	});
	it("placeLane() keeps a key event's whole title clear of the next day's marks and badge", () => {
		// the key event's title runs well into the next day, which is too crowded for single marks
		const key = {
			...at('k', '2025-08-15T20:00'),
			title: 'A long title for the key event of the story',
			key: true as const
		};
		const next = ['00:00', '00:05', '00:10', '00:15'].map((t, i) => at(`n${i}`, `2025-08-16T${t}`));
		const placed = place([key, ...next], [utc(2025, 8, 15), utc(2025, 8, 17)], { rows: 2 });
		const k = placed.events.find((e) => e.event.id === 'k')!;
		expect(k.label).toBe(key.title);
		expect(overlaps(placed)).toEqual([]);
	});
});

describe('drawnUpTo()', () => {
	/** "5+0 3+2": lanes of 5 marks and no badge, then 3 marks and 2 badges */
	const counts = (text: string) =>
		text
			.split(' ')
			.filter(Boolean)
			.map((lane) => lane.split('+').map(Number) as [number, number]);
	const lanes = (text: string): LanePlacement[] =>
		counts(text).map(([events, clusters]) => ({
			events: Array.from({ length: events }, () => ({}) as PlacedEvent),
			clusters: Array.from({ length: clusters }, () => ({}) as PlacedCluster),
			aggregated: false,
			rows: 1
		}));
	it.each([
		{ lanes: '5+0 3+2 4+1', upTo: 0, drawn: '0+0 0+0 0+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 4, drawn: '4+0 0+0 0+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 5, drawn: '5+0 0+0 0+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 8, drawn: '5+0 3+0 0+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 9, drawn: '5+0 3+1 0+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 14, drawn: '5+0 3+2 4+0' },
		{ lanes: '5+0 3+2 4+1', upTo: 15, drawn: '5+0 3+2 4+1' },
		{ lanes: '5+0 3+2 4+1', upTo: 100, drawn: '5+0 3+2 4+1' },
		{ lanes: '0+0 2+0 0+3', upTo: 4, drawn: '0+0 2+0 0+2' },
		{ lanes: '5+3', upTo: -1, drawn: '0+0' },
		{ lanes: '', upTo: 3, drawn: '' }
	])('draws $upTo of lanes $lanes as $drawn', ({ lanes: text, upTo, drawn }) => {
		const placed = lanes(text);
		const result = drawnUpTo(placed, upTo);
		expect(result.map((p) => `${p.events.length}+${p.clusters.length}`).join(' ')).toBe(drawn);
		// the first of each lane's own, in its order
		result.forEach((p, l) => {
			p.events.forEach((e, i) => expect(e).toBe(placed[l]!.events[i]));
			p.clusters.forEach((c, i) => expect(c).toBe(placed[l]!.clusters[i]));
		});
	});
});
