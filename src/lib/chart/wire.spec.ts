import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { loadTimelines } from '$lib/server/timelines';
import { toChartData, type ChartEvent } from './data';
import {
	isCurrentChart,
	packChart,
	readInts,
	unpackChart,
	writeInts,
	type StringColumn
} from './wire';
import type { EventDate } from '$lib/data/schema';
import { chartData, chartEvent, utcDate } from './fixtures';

const zoned = (start: string, zone: string) => ({ ...utcDate(start), zone });
/** A column of strings with its refs read back as numbers. */
const opened = ({ refs, ...rest }: StringColumn) => ({ ...rest, refs: readInts(refs) });

describe('packChart() and unpackChart()', () => {
	const cases: { name: string; events: ChartEvent[] }[] = [
		{ name: 'no events', events: [] },
		{ name: 'one instant', events: [chartEvent({ id: 'a', date: utcDate('2025-08-15T11:26') })] },
		{
			name: 'events sharing kinds, statuses and actors',
			events: [
				chartEvent({ id: 'a', kind: 'call', actors: ['trump', 'putin'] }),
				chartEvent({ id: 'b', kind: 'call', status: 'reported', actors: ['putin'] }),
				chartEvent({ id: 'c', kind: 'summit', actors: [] })
			]
		},
		{
			name: 'each fade, and events outside the main source',
			events: [
				chartEvent({ id: 'a', date: utcDate('2025-08-16', undefined, { approximate: true }) }),
				chartEvent({ id: 'b', inSource: false, fade: 'start' }),
				chartEvent({ id: 'c', fade: 'end', date: utcDate('2025-08-11', '2025-08-14') })
			]
		},
		{
			name: 'local days before and after the UTC day',
			events: [
				chartEvent({ id: 'a', date: zoned('2025-08-15T20:00', 'America/Anchorage') }),
				chartEvent({ id: 'b', date: zoned('2025-08-16T07:00', 'Pacific/Auckland') }),
				chartEvent({ id: 'c', date: zoned('2025-08-16T10:00', 'Europe/Moscow') })
			]
		},
		{
			name: 'starts before 1970',
			events: [chartEvent({ id: 'a', date: utcDate('1962-10-16', '1962-10-28') })]
		},
		{
			name: 'equal times, and events with no length',
			events: [
				chartEvent({ id: 'a', start: 1_000_000, end: 1_000_000 }),
				chartEvent({ id: 'b', start: 1_000_000, end: 1_000_000 }),
				chartEvent({ id: 'c', start: 1_000_000, end: 1_060_000 })
			]
		},
		{
			name: 'huge gaps, and times that share no unit but the millisecond',
			events: [
				chartEvent({ id: 'a', start: -8_000_000_000_000, end: -8_000_000_000_000 + 86_400_000 }),
				chartEvent({ id: 'b', start: 0, end: 1 }),
				chartEvent({ id: 'c', start: 8_000_000_000_001, end: 8_000_000_000_001 })
			]
		},
		{
			name: 'negative years',
			events: [
				chartEvent({ id: 'a', start: -62_198_755_200_000, end: -62_167_219_200_000 }),
				chartEvent({ id: 'b', start: -62_135_596_800_000, end: -62_104_060_800_000 })
			]
		},
		{
			name: 'ids that share beginnings, contain spaces, digits or emoji, or are empty',
			events: [
				chartEvent({ id: '2025-08-15-call-00012', start: 0, end: 0 }),
				chartEvent({ id: '2025-08-15-call-00013', start: 1, end: 1 }),
				chartEvent({ id: '2025-08-15', start: 2, end: 2 }),
				chartEvent({ id: '12 34', start: 3, end: 3 }),
				chartEvent({ id: '12 3', start: 4, end: 4 }),
				chartEvent({ id: 'zürich-😀-talks', start: 5, end: 5 }),
				chartEvent({ id: 'zürich-😁-talks', start: 6, end: 6 }),
				chartEvent({ id: '', start: 7, end: 7 })
			]
		},
		{
			name: 'ids ending in numbers out of order, repeated, zero, padded or too long to be exact',
			events: [
				chartEvent({ id: 'call-00120', start: 0, end: 0 }),
				chartEvent({ id: 'call-00007', start: 1, end: 1 }),
				chartEvent({ id: 'call-7', start: 2, end: 2 }),
				chartEvent({ id: 'call-0', start: 3, end: 3 }),
				chartEvent({ id: 'call-000', start: 4, end: 4 }),
				chartEvent({ id: '100', start: 5, end: 5 }),
				chartEvent({ id: 'call-123456789012345678901', start: 6, end: 6 }),
				chartEvent({ id: 'call-900719925474099312', start: 7, end: 7 }),
				chartEvent({ id: 'call-1e3', start: 8, end: 8 }),
				chartEvent({ id: 'call-٣', start: 9, end: 9 })
			]
		},
		{
			name: 'titles and dates in words that repeat, and ones with no zone or no year',
			events: [
				chartEvent({
					id: 'a',
					title: 'Talks',
					when: 'Fri 15 Aug 2025, 11:00, Anchorage time (AKDT)'
				}),
				chartEvent({ id: 'b', title: 'Call', when: 'Fri 15 Aug 2025, Moscow time (GMT+3)' }),
				chartEvent({
					id: 'c',
					title: 'Talks',
					when: 'Fri 15 Aug 2025, 11:00, Anchorage time (AKDT)'
				}),
				chartEvent({ id: 'd', title: '', when: 'August, maybe (or later), 2025' }),
				chartEvent({ id: 'e', title: 'Talks', when: 'no date at all' }),
				chartEvent({ id: 'f', title: 'Call', when: '' })
			]
		}
	];
	for (const c of cases) {
		it(`unpackChart() of packChart() gives back ${c.name}`, () => {
			const data = chartData(c.events);
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		});
	}

	it('unpackChart() of packChart() gives back every shipped timeline', () => {
		for (const timeline of loadTimelines()) {
			const data = toChartData(timeline);
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		}
	});

	it('packChart() writes times in the largest unit that divides them, and repeated text once', () => {
		// "about" and a time the event's times do not give: written, not worked out
		const when = 'about Fri 15 Aug 2025, 11:00, Anchorage time (AKDT)';
		const { events } = packChart(
			chartData([
				chartEvent({ id: 'talks-1', title: 'Talks', when, start: 60_000, end: 180_000 }),
				// other actors: a title is not guessed from the last event's with the same actors
				chartEvent({
					id: 'talks-2',
					title: 'Talks',
					actors: ['putin'],
					when,
					start: 240_000,
					end: 240_000
				})
			])
		);
		expect(events.unit).toBe(60_000);
		expect(readInts(events.start)).toEqual([1, 3]);
		expect(readInts(events.span)).toEqual([2, 0]);
		expect(opened(events.id)).toEqual({ table: ['talks-'], refs: [0, 1], by: 'back' });
		expect(readInts(events.idNumber)).toEqual([1, 1]);
		expect(opened(events.title)).toEqual({ table: ['Talks'], refs: [0, 1] });
		expect(opened(events.when)).toEqual({
			table: ['about Fri 15 Aug 2025'],
			refs: [0, 1],
			by: 'back'
		});
		expect(opened(events.whenTime)).toEqual({ table: [', 11:00'], refs: [0, 1] });
		// the zone's words are those of the last event in the same zone
		expect(opened(events.whenZone)).toEqual({
			table: [', Anchorage time (AKDT)'],
			refs: [0, -1]
		});
	});

	const week = (value: string, zone: string): EventDate => ({
		...zoned(value, zone),
		start: { value, precision: 'week' }
	});
	it.each([
		// 20:00 in Anchorage is the next day in UTC: the heading is the local day
		['a time, by its local day', zoned('2025-08-15T20:00', 'America/Anchorage'), -1],
		['a day', zoned('2025-08-16', 'Europe/Moscow'), -1],
		['a week', week('2025-W34', 'Asia/Tokyo'), -2],
		['the first week of a year that began in the last', week('2026-W01', 'UTC'), -2],
		[
			'days it happened sometime between',
			{ ...utcDate('2025-08-11', '2025-08-14'), zone: 'Europe/Kyiv', within: true },
			-3
		],
		['days it spans', { ...utcDate('2025-08-11', '2025-08-14'), zone: 'Asia/Kolkata' }, -4],
		['a month', { ...utcDate('2025-08'), zone: 'UTC' }, 0]
	] as const)(
		'packChart() leaves out the heading of %s where its start and end give it',
		(_, date, ref) => {
			const data = chartData([chartEvent({ date: date as EventDate })]);
			const { events } = packChart(data);
			expect(opened(events.heading).refs).toEqual([ref]);
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		}
	);

	it("packChart() leaves out a title that is the last one's of an event with the same kind and actors", () => {
		const call = {
			kind: 'call',
			title: 'Trump and Putin speak',
			actors: ['trump', 'putin']
		} as const;
		const data = chartData([
			chartEvent({ ...call, start: 0, end: 0 }),
			chartEvent({ ...call, kind: 'meeting', start: 1, end: 1 }),
			chartEvent({ ...call, actors: ['putin', 'trump'], start: 2, end: 2 }),
			chartEvent({ ...call, start: 3, end: 3 })
		]);
		const { events } = packChart(data);
		expect(opened(events.title)).toEqual({ table: ['Trump and Putin speak'], refs: [0, 1, 1, -1] });
		expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
	});

	it.each([
		[
			'their heading and kind as marks',
			[
				{ id: '2025-08-15-call-00012', heading: '2025-08-15', kind: 'call' },
				{ id: '2025-08-16-call-00013', heading: '2025-08-16', kind: 'call' },
				{ id: 'trump-putin-summit-2025-08-15', heading: '2025-08-15', kind: 'summit' }
			],
			['*-~-000', 'trump-putin-~-*']
		],
		[
			'the first of each only, and a kind inside a word',
			[{ id: 'recall-2025-08-15-2025-08-15', heading: '2025-08-15', kind: 'call' }],
			['re~-*-2025-08-']
		],
		[
			'every id whole when one has a mark of its own',
			[
				{ id: '2025-08-15-call', heading: '2025-08-15', kind: 'call' },
				{ id: 'call*', heading: '2025-08-15', kind: 'call' }
			],
			['2025-08-15-call', 'call*']
		]
	] as const)('packChart() writes ids with %s', (_, events, starts) => {
		const data = chartData(
			events.map(({ id, heading, kind }, i) => chartEvent({ id, kind, heading, start: i, end: i }))
		);
		const packed = packChart(data);
		expect(packed.events.id.table).toEqual(starts);
		expect(unpackChart(JSON.parse(JSON.stringify(packed))).events.map((e) => e.id)).toEqual(
			events.map((e) => e.id)
		);
	});

	it.each([
		['no speakers', ['a', 'b'], [], 0],
		['the first actor', ['a', 'b', 'c'], ['a'], 1],
		['the first and third actors', ['a', 'b', 'c'], ['a', 'c'], 5],
		['a speaker who is not an actor', ['a', 'b'], ['a', 'x'], -2],
		['speakers in another order than the actors', ['a', 'b'], ['b', 'a'], -2],
		[
			'speakers among more actors than a mask holds',
			[...'abcdefghijklmnopqrstuvwxyz012345'],
			['a'],
			-2
		]
	])('packChart() writes %s as their places among the actors', (_, actors, speakers, written) => {
		const data = chartData([chartEvent({ id: 'e', actors, speakers })]);
		const packed = packChart(data);
		expect(readInts(packed.events.speakers)).toEqual([written]);
		expect(unpackChart(JSON.parse(JSON.stringify(packed)))).toEqual(data);
	});

	it.each([
		[
			'ids numbered in order',
			['call-1', 'call-2', 'talks-3'],
			['call-', 'call-', 'talks-'],
			[1, 1, 1]
		],
		['padded numbers', ['e-0009', 'e-0010'], ['e-000', 'e-00'], [9, 1]],
		// minus zero: no number
		['ids without numbers', ['summit', 'call-0'], ['summit', 'call-0'], [-0, -0]],
		['a number going down', ['e-20', 'f-5'], ['e-', 'f-'], [20, -15]]
	])(
		'packChart() writes %s as their beginnings and the steps between their numbers',
		(_, ids, starts, steps) => {
			const { events } = packChart(
				chartData(ids.map((id, i) => chartEvent({ id, start: i, end: i })))
			);
			expect(events.id.table).toEqual([...new Set(starts)]);
			expect(readInts(events.idNumber)).toEqual(steps);
		}
	);

	it('packChart() names a day written before by how far back it is', () => {
		const days = [
			'about Fri 15 Aug 2025',
			'about Sat 16 Aug 2025',
			'about Fri 15 Aug 2025',
			'about Sat 16 Aug 2025'
		];
		const { events } = packChart(
			chartData(
				days.map((day, i) => chartEvent({ id: `e${i}`, when: `${day}, UTC`, start: i, end: i }))
			)
		);
		expect(opened(events.when)).toEqual({
			table: ['about Fri 15 Aug 2025', 'about Sat 16 Aug 2025'],
			refs: [0, 0, 2, 1],
			by: 'back'
		});
	});

	it('packChart() writes each repeated word once', () => {
		const packed = packChart(
			chartData([
				chartEvent({ kind: 'call', actors: ['trump', 'putin'], speakers: ['trump', 'putin'] }),
				chartEvent({ kind: 'call', actors: ['putin', 'trump'], speakers: ['putin', 'trump'] }),
				chartEvent({ kind: 'call', actors: ['trump', 'putin'], speakers: ['trump', 'putin'] })
			])
		);
		expect(packed.events.words).toEqual(['call', 'occurred', 'UTC', 'trump', 'putin']);
		// each list of actors once, in its own order; events point to theirs
		expect(packed.events.actorSets).toEqual([
			[3, 4],
			[4, 3]
		]);
		expect(readInts(packed.events.actors)).toEqual([0, 1, 0]);
	});

	const timed = (start: string, end: string | undefined, zone: string) => ({
		...utcDate(start, end),
		zone
	});
	it.each([
		['a minute', timed('2025-08-15T11:26', undefined, 'America/Anchorage'), true, true],
		['an hour', timed('2025-08-15T14', undefined, 'Europe/Moscow'), true, true],
		['minutes', timed('2025-08-15T11:26', '2025-08-15T14:30', 'Asia/Kolkata'), true, true],
		['hours', timed('2025-08-15T11', '2025-08-15T14', 'UTC'), true, true],
		[
			'a time past midnight UTC',
			timed('2025-08-15T20:00', undefined, 'America/New_York'),
			true,
			true
		],
		['a day', zoned('2025-08-16', 'Europe/Moscow'), true, false],
		// the clocks go back at 02:00 in London: the end is read at the start's offset, so is not guessed
		[
			'minutes over a change of the clocks',
			timed('2025-10-26T00:30', '2025-10-26T03:00', 'Europe/London'),
			true,
			false
		],
		[
			'an approximate day',
			{
				...zoned('2025-08-16', 'UTC'),
				start: { value: '2025-08-16', precision: 'day', approximate: true }
			},
			false,
			false
		],
		[
			'a week',
			{ ...zoned('2025-W34', 'UTC'), start: { value: '2025-W34', precision: 'week' } },
			false,
			false
		]
	] as const)(
		'packChart() works out, not writes, the words of %s where its heading and times give them',
		(_, date, day, time) => {
			const data = chartData([chartEvent({ date: date as EventDate })]);
			const { events } = packChart(data);
			expect(opened(events.when).refs[0]! < 0).toBe(day);
			expect(opened(events.whenTime).refs[0]! < 0).toBe(time);
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		}
	);

	describe('in a language other than English', () => {
		afterEach(() => useLanguage('en'));
		it('packChart() writes the words of every day, which a browser may word otherwise', () => {
			useLanguage('fr');
			const data = chartData([chartEvent({ date: zoned('2025-08-16', 'Europe/Moscow') })]);
			const { events } = packChart(data);
			expect(opened(events.when)).toEqual({
				table: [data.events[0]!.when.split(',')[0]],
				refs: [0],
				by: 'back'
			});
			expect(unpackChart(JSON.parse(JSON.stringify(packChart(data))))).toEqual(data);
		});
	});

	it('unpackChart() refuses chart data that another packing wrote, naming both formats', () => {
		const packed = JSON.parse(JSON.stringify(packChart(chartData([chartEvent()]))));
		expect(() => unpackChart({ ...packed, format: 1 })).toThrow(/chart data of format 1, not 2/);
	});

	it.each([
		['chart data this code packed', packChart(chartData([chartEvent()])), true],
		['chart data of an earlier packing', { format: 1, events: {} }, false],
		['chart data with no format', { events: {} }, false],
		['null', null, false],
		['a list', [], false]
	])('isCurrentChart() of %s is %s', (_, json, current) => {
		expect(isCurrentChart(JSON.parse(JSON.stringify(json)))).toBe(current);
	});

	it('unpackChart() gives events with the same actors one shared list', () => {
		const { events } = unpackChart(
			JSON.parse(
				JSON.stringify(
					packChart(
						chartData([
							chartEvent({ id: 'a', actors: ['trump', 'putin'] }),
							chartEvent({ id: 'b', actors: ['zelensky'] }),
							chartEvent({ id: 'c', actors: ['trump', 'putin'] })
						])
					)
				)
			)
		);
		expect(events.map((e) => e.actors)).toEqual([
			['trump', 'putin'],
			['zelensky'],
			['trump', 'putin']
		]);
		expect(events[0]!.actors).toBe(events[2]!.actors);
	});
});

describe('writeInts() and readInts()', () => {
	const cases: [string, number[]][] = [
		['none', []],
		['small numbers, one character each', [0, 1, 15, 7, 3]],
		['signs', [-1, 1, -15, 15, -16, 16]],
		['each length of number', [31, 32, 511, 512, 16_383, 16_384, 1_000_000, -1_000_000]],
		['the largest safe integers', [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]],
		['minus zero beside zero', [-0, 0, -0]]
	];
	it.each(cases)('readInts() of writeInts() gives back %s', (_, values) => {
		const back = readInts(writeInts(values));
		expect(back).toHaveLength(values.length);
		back.forEach((value, i) => expect(Object.is(value, values[i])).toBe(true));
	});

	it('writeInts() writes a number below 16 in one character, with no separator', () => {
		expect(writeInts([0, 1, 15, -15])).toHaveLength(4);
		expect(writeInts([16, 511])).toHaveLength(4);
	});

	it('readInts() gives the numbers whatever count it is told to expect', () => {
		expect(readInts(writeInts([1, 2, 3]), 10)).toEqual([1, 2, 3]);
		expect(readInts(writeInts([1, 2, 3]), 1)).toEqual([1, 2, 3]);
	});

	it.each([1.5, Number.NaN, Infinity, 2 ** 53])('writeInts() refuses %s', (value) => {
		expect(() => writeInts([value])).toThrow(RangeError);
	});
});
