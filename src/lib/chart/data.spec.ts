import { describe, expect, it, vi } from 'vitest';
import type { Timeline } from '$lib/data/schema';
import { chartZoneTables, dominantZone, toChartData, toSearchTexts } from './data';
import { chartSearchText, filterChartEvents, NO_FILTERS, type Filters } from '$lib/filters/filters';
import { chartEvent, utc, utcDate } from './fixtures';
import { localDay } from '$lib/time/zone-math';

describe('dominantZone()', () => {
	const cases = [
		{
			zones: ['Europe/Moscow', 'America/Anchorage', 'America/Anchorage'],
			expected: 'America/Anchorage'
		},
		{ zones: ['Europe/Moscow', 'America/Anchorage'], expected: 'Europe/Moscow' },
		{ zones: [], expected: 'UTC' }
	];
	for (const c of cases) {
		it(`dominantZone() of [${c.zones.join(', ')}] is ${c.expected}`, () =>
			expect(dominantZone(c.zones.map((zone) => ({ zone })))).toBe(c.expected));
	}
});

describe('toChartData()', () => {
	const event = (id: string, value: string, zone: string) => ({
		id,
		title: id,
		kind: 'call',
		summary: 's',
		status: 'occurred',
		date: { start: { value, precision: 'minute' }, zone, basis: 'b' },
		participants: [
			{ actor: 'trump', role: 'caller' },
			{ actor: 'trump', role: 'speaker' }
		],
		evidence: [{ source: 'src', quote: 'A quote.' }],
		attribution: [],
		claims: [
			{ id: 'c', speaker: 'trump', proposition: 'A claim.', attribution: [], status: 'asserted' }
		],
		links: [],
		inSource: true,
		aliases: []
	});
	const timeline = {
		id: 't',
		title: 'T',
		summary: 'S',
		asOf: '2025-10-31',
		affiliations: [{ id: 'united-states', name: 'United States', kind: 'state' }],
		actors: [
			{
				id: 'trump',
				name: 'Donald Trump',
				kind: 'person',
				affiliation: 'united-states',
				zone: 'UTC'
			}
		],
		events: [
			event('late', '2025-08-16T10:00', 'Europe/Moscow'),
			event('early', '2025-08-15T11:26', 'America/Anchorage'),
			event('tie', '2025-08-16T10:00', 'Europe/Moscow')
		]
	} as unknown as Timeline;
	const data = toChartData(timeline);

	it('toChartData() sorts by start and keeps file order on ties', () =>
		expect(data.events.map((e) => e.id)).toEqual(['early', 'late', 'tie']));
	it('toChartData() computes spans in the event zone', () =>
		expect(data.events[0]).toMatchObject({
			start: utc(2025, 8, 15, 19, 26),
			end: utc(2025, 8, 15, 19, 27)
		}));
	it('toChartData() lists each actor once', () =>
		expect(data.events[0]?.actors).toEqual(['trump']));
	it('toChartData() leaves out what only search reads', () =>
		expect(Object.keys(data.events[0] ?? {})).not.toEqual(
			expect.arrayContaining(['summary', 'quotes', 'date'])
		));
	it('toChartData() keeps the zone, and marks an instant', () =>
		expect(data.events[0]).toMatchObject({ zone: 'America/Anchorage', instant: true }));
	it('toChartData() gives no fade to an exact date', () =>
		expect(data.events[0]?.fade).toBeUndefined());
	it('toChartData() takes the most common zone for the axis', () =>
		expect(data.zone).toBe('Europe/Moscow'));
	it('toChartData() marks context only beside a main source', () => {
		const context = {
			...timeline,
			sources: [],
			events: [{ ...event('c', '2025-08-16T10:00', 'UTC'), inSource: false }]
		};
		expect(toChartData({ ...context, mainSource: 'src' } as Timeline).events[0]?.inSource).toBe(
			false
		);
		// a timeline compiled from many sources (or imported) has no article to be context beside
		expect(toChartData(context as Timeline).events[0]?.inSource).toBe(true);
	});
});

describe('chartZoneTables()', () => {
	const at = (zone: string, start: string, end?: string) =>
		chartEvent({ date: { ...utcDate(start, end), zone } });
	const cases = [
		{
			name: 'the axis zone alone',
			axis: 'Europe/Moscow',
			events: [at('Europe/Moscow', '2025-08-16T10:00')],
			zones: ['Europe/Moscow']
		},
		{
			name: 'the axis zone first, then each zone an event is dated in, once',
			axis: 'America/Anchorage',
			events: [
				at('Europe/Moscow', '2025-08-16T10:00'),
				at('America/Anchorage', '2025-08-15T11:26'),
				at('Europe/Moscow', '2025-08-18'),
				// half-hour clock changes, and a span across the April change
				at('Australia/Lord_Howe', '2025-03-30', '2025-04-12')
			],
			zones: ['America/Anchorage', 'Europe/Moscow', 'Australia/Lord_Howe']
		},
		{
			name: 'the axis zone alone, for a timeline with no events',
			axis: 'UTC',
			events: [],
			zones: ['UTC']
		}
	];
	for (const c of cases) {
		it(`chartZoneTables(): ${c.name}`, () => {
			const tables = chartZoneTables(c.axis, c.events);
			expect(tables.map((t) => t.zone)).toEqual(c.zones);
			for (const e of c.events) {
				const table = tables.find((t) => t.zone === e.zone)!;
				expect(table.from).toBeLessThanOrEqual(e.start);
				expect(table.to).toBeGreaterThanOrEqual(e.end);
			}
		});
	}

	it("chartZoneTables() let the browser read every event's local day without Intl", async () => {
		const { events } = cases[1]!;
		const tables = chartZoneTables('America/Anchorage', events);
		// a fresh copy of the zone maths, as a page that has just started, with no formatter cached
		vi.resetModules();
		const fresh = await import('$lib/time/zone-math');
		for (const table of tables) fresh.seedZoneTable(table);
		const intl = vi.spyOn(Intl, 'DateTimeFormat');
		try {
			const days = events.map((e) => fresh.localDay(e.start, e.zone));
			expect(intl).not.toHaveBeenCalled();
			expect(days).toEqual(events.map((e) => localDay(e.start, e.zone)));
		} finally {
			intl.mockRestore();
		}
	});
});

describe('filterChartEvents()', () => {
	const a = chartEvent({
		id: 'a',
		title: 'Summit',
		kind: 'summit',
		actors: ['trump', 'putin'],
		date: utcDate('2025-08-15T12:00')
	});
	const texts = { a: 'a summary.\nwestern troops' };
	const b = chartEvent({
		id: 'b',
		title: 'Call',
		kind: 'call',
		status: 'reported',
		inSource: false,
		actors: ['trump'],
		date: utcDate('2025-08-16T12:00')
	});
	const cases: {
		name: string;
		filters: Partial<Filters>;
		texts?: Record<string, string>;
		expected: string[];
	}[] = [
		{ name: 'keeps everything without filters', filters: {}, expected: ['a', 'b'] },
		{ name: 'filters by actor', filters: { actors: ['putin'] }, expected: ['a'] },
		{ name: 'filters by kind', filters: { kinds: ['call'] }, expected: ['b'] },
		{ name: 'filters by status', filters: { statuses: ['reported'] }, expected: ['b'] },
		{ name: 'keeps the article only', filters: { inSourceOnly: true }, expected: ['a'] },
		{ name: 'searches quotes', filters: { query: 'troops' }, texts, expected: ['a'] },
		{ name: 'searches summaries', filters: { query: 'summary' }, texts, expected: ['a'] },
		{
			name: 'searches titles alone before the texts come',
			filters: { query: 'troops' },
			expected: []
		},
		{ name: 'searches titles, ignoring case', filters: { query: 'CALL' }, expected: ['b'] }
	];
	for (const c of cases) {
		it(`filterChartEvents() ${c.name}`, () =>
			expect(
				filterChartEvents([a, b], { ...NO_FILTERS, ...c.filters }, c.texts).map((e) => e.id)
			).toEqual(c.expected));
	}
	it('chartSearchText() is the lower-cased title, then the search texts', () =>
		expect(chartSearchText(a, texts)).toBe('summit\na summary.\nwestern troops'));
	it('chartSearchText() is the title alone without texts for the event', () =>
		expect(chartSearchText(b, texts)).toBe('call'));
});

describe('toSearchTexts()', () => {
	const event = {
		id: 'e',
		summary: 'Leaders MET.',
		evidence: [{ quote: 'One quote.' }, { quote: 'Two.' }],
		claims: [{ proposition: 'A claim.', quote: 'Its quote.' }, { proposition: 'Bare claim.' }]
	};
	const cases = [
		{
			name: 'joins summary, quotes and claims, lower-cased',
			events: [event],
			expected: { e: 'leaders met.\none quote.\ntwo.\na claim.\nits quote.\nbare claim.' }
		},
		{
			name: 'gives a summary alone when there is nothing else',
			events: [{ ...event, evidence: [], claims: [] }],
			expected: { e: 'leaders met.' }
		}
	];
	for (const c of cases) {
		it(`toSearchTexts() ${c.name}`, () =>
			expect(toSearchTexts({ events: c.events } as unknown as Timeline)).toEqual(c.expected));
	}
});
