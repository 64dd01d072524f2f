import { describe, expect, it } from 'vitest';
import type { Obj } from './context';
import {
	checkAsOf,
	checkEventDate,
	checkNoteDates,
	checkPublished,
	checkStatus,
	type AsOf
} from './dates';
import { problems, quiet } from './spec-helpers';

const AS_OF = checkAsOf(quiet, { asOf: '2025-08-20' })!;
const day = (value: string) => ({ value, precision: 'day' });
const date = (start: Obj, more: Obj = {}) => ({
	start,
	zone: 'UTC',
	basis: 'the article',
	...more
});

describe('checkAsOf', () => {
	const rows: [rule: string, asOf: unknown, day: string | undefined, expected: string[]][] = [
		['a real day', '2025-08-20', '2025-08-20', []],
		['a value of the wrong shape is the schema to report', '2025-08', undefined, []],
		[
			'a day that is not on the calendar',
			'2025-02-30',
			undefined,
			[
				'asOf: "2025-02-30" is not a real date (day 30 does not exist in 02/2025); expected a date on the calendar'
			]
		],
		[
			'an implausible year',
			'2502-08-20',
			undefined,
			['asOf: year 2502 is implausible; expected a year from 1800 to 2200']
		]
	];
	it.each(rows)('%s', (_rule, asOf, expectedDay, expected) => {
		let result: AsOf | undefined;
		expect(problems((ctx) => (result = checkAsOf(ctx, { asOf })))).toEqual(expected);
		expect(result?.day).toBe(expectedDay);
	});

	it('spans the day on the wall clock', () => {
		expect(AS_OF).toEqual({
			day: '2025-08-20',
			first: Date.UTC(2025, 7, 20),
			next: Date.UTC(2025, 7, 21)
		});
	});
});

describe('checkNoteDates', () => {
	const rows: [rule: string, root: Obj, expected: string[]][] = [
		['real days', { notes: [{ date: '2025-08-20' }], imported: { date: '2025-08-21' } }, []],
		[
			"a note's and the import's impossible days",
			{ notes: [{ text: 'no date' }, { date: '1700-01-01' }], imported: { date: '2025-13-01' } },
			[
				'notes[1].date: year 1700 is implausible; expected a year from 1800 to 2200',
				'imported.date: "2025-13-01" is not a real date (month 13 does not exist); expected a date on the calendar'
			]
		]
	];
	it.each(rows)('%s', (_rule, root, expected) => {
		expect(problems((ctx) => checkNoteDates(ctx, root))).toEqual(expected);
	});
});

describe('checkPublished', () => {
	const rows: [rule: string, published: unknown, asOf: AsOf | undefined, expected: string[]][] = [
		['on asOf', day('2025-08-20'), AS_OF, []],
		['after asOf, with no asOf to compare', day('2025-08-21'), undefined, []],
		['a value of the wrong shape is the schema to report', { value: 'soon' }, AS_OF, []],
		[
			'after asOf',
			day('2025-08-21'),
			AS_OF,
			[
				'sources[0].published.value: "2025-08-21" is after asOf 2025-08-20; expected a publication on or before asOf (or a later asOf)'
			]
		],
		[
			'in a zone that does not exist, and after asOf',
			{ ...day('2025-08-21'), zone: 'Mars/Olympus' },
			AS_OF,
			[
				'sources[0].published.zone: "Mars/Olympus" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage'
			]
		]
	];
	it.each(rows)('%s', (_rule, published, asOf, expected) => {
		expect(problems((ctx) => checkPublished(ctx, { published }, ['sources', 0], asOf))).toEqual(
			expected
		);
	});
});

describe('checkEventDate', () => {
	const rows: [rule: string, raw: unknown, usable: boolean, expected: string[]][] = [
		['a day', date(day('2025-08-15')), true, []],
		['a span that runs forwards', date(day('2025-08-15'), { end: day('2025-08-16') }), true, []],
		['a value of the wrong shape is the schema to report', { start: 'Friday' }, false, []],
		[
			'an end before the start',
			date(day('2025-08-15'), { end: day('2025-08-14') }),
			false,
			[
				'date.end.value: "2025-08-14" comes before the start "2025-08-15"; expected an end at or after the start'
			]
		],
		[
			'within, with no end',
			date(day('2025-08-15'), { within: true }),
			true,
			['date.within: is true but the date has no end; expected an end, or no within']
		],
		[
			'part-of-day without partOfDay, and partOfDay at another precision',
			date(
				{ value: '2025-08-15', precision: 'part-of-day' },
				{ end: { ...day('2025-08-16'), partOfDay: 'morning' } }
			),
			false,
			[
				'date.start.partOfDay: is missing; expected night, morning, afternoon or evening with precision part-of-day',
				'date.end.partOfDay: is not allowed with precision day; expected no partOfDay, or precision part-of-day'
			]
		],
		[
			'a value that does not fit its precision, in an unknown zone',
			date({ value: '2025-08', precision: 'day' }, { zone: 'Mars/Olympus' }),
			false,
			[
				'date.zone: "Mars/Olympus" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage',
				'date.start.value: "2025-08" does not fit precision day; expected YYYY-MM-DD'
			]
		],
		[
			'an implausible year',
			date(day('2502-08-15')),
			false,
			['date.start.value: year 2502 is implausible; expected a year from 1800 to 2200']
		],
		[
			'a time the clocks skipped',
			date(
				{ value: '2025-03-09T02:30', precision: 'minute' },
				{ zone: 'America/New_York', end: { value: '2025-03-09T04:00', precision: 'minute' } }
			),
			false,
			[
				'date.start.value: "2025-03-09T02:30" was never on the clocks in America/New_York: they went from 02:00 to 03:00 that day; expected a time before or after the change (or check the zone)'
			]
		],
		[
			'an hour the clocks skipped',
			date(
				{ value: '2025-03-09T02', precision: 'hour' },
				{ zone: 'America/New_York', end: { value: '2025-03-09T05', precision: 'hour' } }
			),
			false,
			[
				'date.start.value: "2025-03-09T02" was never on the clocks in America/New_York: they went from 02:00 to 03:00 that day; expected a time before or after the change (or check the zone)'
			]
		],
		[
			"Lord Howe's half-hour change skips 02:00 to 02:30, not the whole hour",
			date(
				{ value: '2025-10-05T02', precision: 'hour' },
				{ zone: 'Australia/Lord_Howe', end: { value: '2025-10-05T02:15', precision: 'minute' } }
			),
			false,
			[
				'date.end.value: "2025-10-05T02:15" was never on the clocks in Australia/Lord_Howe: they went from 02:00 to 02:30 that day; expected a time before or after the change (or check the zone)'
			]
		],
		[
			'a time that happened twice, the night the clocks went back, is the first',
			date({ value: '2025-11-02T01:30', precision: 'minute' }, { zone: 'America/New_York' }),
			true,
			[]
		]
	];
	it.each(rows)('%s', (_rule, raw, usable, expected) => {
		let result: unknown;
		expect(problems((ctx) => (result = checkEventDate(ctx, ['date'], raw)))).toEqual(expected);
		expect(result !== undefined).toBe(usable);
	});
});

describe('checkStatus', () => {
	const rows: [
		rule: string,
		status: string,
		start: string,
		end: string | undefined,
		expected: string[]
	][] = [
		['occurred before asOf', 'occurred', '2025-08-15', undefined, []],
		['occurred on asOf', 'occurred', '2025-08-20', undefined, []],
		['scheduled after asOf', 'scheduled', '2025-09-01', undefined, []],
		['scheduled, running past asOf', 'scheduled', '2025-08-19', '2025-08-21', []],
		['proposed years ahead', 'proposed', '2030-01-01', undefined, []],
		[
			'reported, starting after asOf',
			'reported',
			'2025-08-21',
			undefined,
			[
				'events[0].status: "reported" contradicts a start after asOf 2025-08-20; expected scheduled or proposed for an event still to come (or a later asOf)'
			]
		],
		[
			'scheduled, over before asOf',
			'scheduled',
			'2025-08-19',
			undefined,
			[
				'events[0].status: "scheduled" contradicts a date that had passed by asOf 2025-08-20; expected occurred, did-not-happen or cancelled'
			]
		],
		[
			'more than ten years after asOf, whatever the status',
			'occurred',
			'2036-01-01',
			undefined,
			[
				'events[0].date.start.value: "2036-01-01" is more than 10 years after asOf 2025-08-20; expected a plausible date (check the year)'
			]
		]
	];
	it.each(rows)('%s', (_rule, status, start, end, expected) => {
		const eventDate = checkEventDate(quiet, [], date(day(start), end ? { end: day(end) } : {}))!;
		expect(
			problems((ctx) => checkStatus(ctx, { status }, ['events', 0], eventDate, AS_OF))
		).toEqual(expected);
	});
});
