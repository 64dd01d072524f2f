import { describe, expect, it } from 'vitest';
import type { DatePoint, EventDate } from '$lib/data/schema';
import {
	datePointProblem,
	eventSpan,
	isFuzzy,
	isInstant,
	pointSpan,
	sortByDate,
	toEdtf,
	wallSpan
} from './dates';
import { datesIn, point } from './test-dates';

const iso = (ms: number) => new Date(ms).toISOString();
const date = datesIn('UTC');

describe('pointSpan()', () => {
	const cases: { name: string; point: DatePoint; zone: string; start: string; end: string }[] = [
		{
			name: 'a minute in Anchorage is that minute in UTC, 8 hours later',
			point: point('2025-08-15T11:26', 'minute'),
			zone: 'America/Anchorage',
			start: '2025-08-15T19:26:00.000Z',
			end: '2025-08-15T19:27:00.000Z'
		},
		{
			name: 'an hour covers sixty minutes',
			point: point('2025-08-16T02', 'hour'),
			zone: 'America/New_York',
			start: '2025-08-16T06:00:00.000Z',
			end: '2025-08-16T07:00:00.000Z'
		},
		{
			name: 'a day in Moscow starts at 21:00 UTC the day before',
			point: point('2025-08-16', 'day'),
			zone: 'Europe/Moscow',
			start: '2025-08-15T21:00:00.000Z',
			end: '2025-08-16T21:00:00.000Z'
		},
		{
			name: 'a morning covers 06:00 to 12:00 local',
			point: point('2025-08-16', 'part-of-day', { partOfDay: 'morning' }),
			zone: 'Europe/Berlin',
			start: '2025-08-16T04:00:00.000Z',
			end: '2025-08-16T10:00:00.000Z'
		},
		{
			name: 'an evening runs to local midnight',
			point: point('2025-08-18', 'part-of-day', { partOfDay: 'evening' }),
			zone: 'America/New_York',
			start: '2025-08-18T22:00:00.000Z',
			end: '2025-08-19T04:00:00.000Z'
		},
		{
			name: 'ISO week 34 of 2025 runs Monday 18 to Monday 25 August',
			point: point('2025-W34', 'week'),
			zone: 'UTC',
			start: '2025-08-18T00:00:00.000Z',
			end: '2025-08-25T00:00:00.000Z'
		},
		{
			name: 'a month covers its days',
			point: point('2025-08', 'month'),
			zone: 'UTC',
			start: '2025-08-01T00:00:00.000Z',
			end: '2025-09-01T00:00:00.000Z'
		},
		{
			name: 'a year covers its months',
			point: point('2025', 'year'),
			zone: 'UTC',
			start: '2025-01-01T00:00:00.000Z',
			end: '2026-01-01T00:00:00.000Z'
		},
		{
			name: 'a day across a DST change lasts 23 hours',
			point: point('2025-03-09', 'day'),
			zone: 'America/New_York',
			start: '2025-03-09T05:00:00.000Z',
			end: '2025-03-10T04:00:00.000Z'
		},
		{
			name: 'a minute skipped by the spring change is read as just after the gap',
			point: point('2025-03-09T02:30', 'minute'),
			zone: 'America/New_York',
			start: '2025-03-09T07:30:00.000Z',
			end: '2025-03-09T07:31:00.000Z'
		},
		{
			name: 'a minute that happens twice in autumn is read as the first of the two',
			point: point('2025-11-02T01:30', 'minute'),
			zone: 'America/New_York',
			start: '2025-11-02T05:30:00.000Z',
			end: '2025-11-02T05:31:00.000Z'
		}
	];
	for (const c of cases) {
		it(`pointSpan() ${c.name}`, () => {
			const span = pointSpan(c.point, c.zone);
			expect([iso(span.start), iso(span.end)]).toEqual([c.start, c.end]);
		});
	}

	it('pointSpan() throws on a value that does not fit its precision', () => {
		expect(() => pointSpan(point('2025-08-16', 'minute'), 'UTC')).toThrow(/YYYY-MM-DDTHH:mm/);
	});
});

describe('datePointProblem()', () => {
	const cases: { name: string; point: DatePoint; expected: RegExp | null }[] = [
		{ name: 'accepts a day', point: point('2025-08-16', 'day'), expected: null },
		{ name: 'rejects 30 February', point: point('2025-02-30', 'day'), expected: /day 30/ },
		{ name: 'rejects month 13', point: point('2025-13', 'month'), expected: /month 13/ },
		{ name: 'rejects hour 24', point: point('2025-08-16T24', 'hour'), expected: /hour 24/ },
		{
			name: 'rejects minute 60',
			point: point('2025-08-16T10:60', 'minute'),
			expected: /minute 60/
		},
		{ name: 'rejects week 53 of 2025', point: point('2025-W53', 'week'), expected: /week 53/ },
		{ name: 'accepts week 53 of 2026', point: point('2026-W53', 'week'), expected: null },
		{
			name: 'rejects a day value given minute precision',
			point: point('2025-08-16', 'minute'),
			expected: /expected YYYY-MM-DDTHH:mm/
		},
		{
			name: 'needs partOfDay with part-of-day precision',
			point: point('2025-08-16', 'part-of-day'),
			expected: /needs partOfDay/
		},
		{
			name: 'rejects partOfDay with day precision',
			point: point('2025-08-16', 'day', { partOfDay: 'morning' }),
			expected: /only allowed with precision part-of-day/
		}
	];
	for (const c of cases) {
		it(`datePointProblem() ${c.name}`, () => {
			const problem = datePointProblem(c.point);
			if (c.expected === null) expect(problem).toBeNull();
			else expect(problem).toMatch(c.expected);
		});
	}
});

describe('eventSpan()', () => {
	it('eventSpan() runs from the start of the start to the end of the end', () => {
		const span = eventSpan(
			date(point('2025-08-11', 'day'), {
				end: point('2025-08-14', 'day'),
				zone: 'America/New_York'
			})
		);
		expect([iso(span.start), iso(span.end)]).toEqual([
			'2025-08-11T04:00:00.000Z',
			'2025-08-15T04:00:00.000Z'
		]);
	});
});

describe('toEdtf()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{ name: 'writes a plain day', date: date(point('2025-08-16', 'day')), expected: '2025-08-16' },
		{
			name: 'marks an uncertain day with ?',
			date: date(point('2025-08-16', 'day', { uncertain: true })),
			expected: '2025-08-16?'
		},
		{
			name: 'marks an approximate and uncertain day with %',
			date: date(point('2025-08-16', 'day', { uncertain: true, approximate: true })),
			expected: '2025-08-16%'
		},
		{
			name: 'writes minutes with seconds',
			date: date(point('2025-08-15T11:26', 'minute')),
			expected: '2025-08-15T11:26:00'
		},
		{
			name: 'writes an interval',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day') }),
			expected: '2025-08-11/2025-08-14'
		},
		{
			name: 'writes "one day within" as a set',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }),
			expected: '[2025-08-11..2025-08-14]'
		},
		{
			name: 'writes a week as Monday to Sunday',
			date: date(point('2025-W34', 'week')),
			expected: '2025-08-18/2025-08-24'
		}
	];
	for (const c of cases) {
		it(`toEdtf() ${c.name}`, () => expect(toEdtf(c.date)).toBe(c.expected));
	}
});

describe('isInstant() and isFuzzy()', () => {
	it('isInstant() is true only for a minute with no end', () => {
		expect(isInstant(date(point('2025-08-15T11:26', 'minute')))).toBe(true);
		expect(isInstant(date(point('2025-08-15T11', 'hour')))).toBe(false);
	});
	it('isFuzzy() is true for approximate, uncertain or within dates', () => {
		expect(isFuzzy(date(point('2025-08-15', 'day')))).toBe(false);
		expect(isFuzzy(date(point('2025-08-15', 'day', { approximate: true })))).toBe(true);
		expect(
			isFuzzy(date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }))
		).toBe(true);
	});
});

describe('sortByDate()', () => {
	const ev = (id: string, d: EventDate) => ({ id, date: d });
	const cases: { name: string; events: { id: string; date: EventDate }[]; expected: string[] }[] = [
		{
			name: 'orders by real time, not by wall-clock text',
			events: [
				// 01:30 on the 16th in Moscow is 22:30 UTC on the 15th, before 23:00 UTC in Anchorage
				ev('anchorage', date(point('2025-08-15T15:00', 'minute'), { zone: 'America/Anchorage' })),
				ev('moscow', date(point('2025-08-16T01:30', 'minute'), { zone: 'Europe/Moscow' }))
			],
			expected: ['moscow', 'anchorage']
		},
		{
			name: 'puts the shorter span first when two start together',
			events: [
				ev('day', date(point('2025-08-15', 'day'))),
				ev('night', date(point('2025-08-15', 'part-of-day', { partOfDay: 'night' })))
			],
			expected: ['night', 'day']
		},
		{
			name: 'keeps the authored order on a tie',
			events: [
				ev('b', date(point('2025-08-15', 'day'))),
				ev('a', date(point('2025-08-15', 'day')))
			],
			expected: ['b', 'a']
		}
	];
	for (const c of cases) {
		it(`sortByDate() ${c.name}`, () =>
			expect(sortByDate(c.events).map((e) => e.id)).toEqual(c.expected));
	}
});

describe('wallSpan()', () => {
	const cases: { name: string; point: DatePoint; start: string; end: string }[] = [
		{
			name: 'a minute is read off the wall clock, whatever the zone',
			point: point('2025-08-15T11:26', 'minute'),
			start: '2025-08-15T11:26:00.000Z',
			end: '2025-08-15T11:27:00.000Z'
		},
		{
			name: 'an evening runs to the next midnight',
			point: point('2025-08-18', 'part-of-day', { partOfDay: 'evening' }),
			start: '2025-08-18T18:00:00.000Z',
			end: '2025-08-19T00:00:00.000Z'
		},
		{
			name: 'the last day of a month ends on the first of the next',
			point: point('2025-02-28', 'day'),
			start: '2025-02-28T00:00:00.000Z',
			end: '2025-03-01T00:00:00.000Z'
		},
		{
			name: 'ISO week 1 of 2026 starts in December 2025',
			point: point('2026-W01', 'week'),
			start: '2025-12-29T00:00:00.000Z',
			end: '2026-01-05T00:00:00.000Z'
		},
		{
			name: 'a year before 100 is not taken for the 1900s',
			point: point('0050', 'year'),
			start: '0050-01-01T00:00:00.000Z',
			end: '0051-01-01T00:00:00.000Z'
		}
	];
	it.each(cases)('$name', ({ point: p, start, end }) => {
		const span = wallSpan(p);
		expect([iso(span.start), iso(span.end)]).toEqual([start, end]);
	});
});
