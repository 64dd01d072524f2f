import { describe, expect, it } from 'vitest';
import type { DatePoint, EventDate } from '$lib/data/schema';
import {
	formatEventDate,
	formatEventDateWithZone,
	formatSpanInZone,
	formatInstantInZone,
	formatPoint,
	offsetName,
	otherZoneText,
	zoneLabel,
	zoneLabelOver
} from './format';
import { READER_CLOCK } from './zone-math';
import { datesIn, point } from './test-dates';

const date = datesIn('America/Anchorage');

describe('formatPoint()', () => {
	const cases: { point: DatePoint; expected: string }[] = [
		{ point: point('2025-08-15T11:26', 'minute'), expected: 'Fri 15 Aug 2025, 11:26' },
		{ point: point('2025-08-15T11', 'hour'), expected: 'Fri 15 Aug 2025, 11:00–12:00' },
		{
			point: point('2025-08-16', 'part-of-day', { partOfDay: 'morning' }),
			expected: 'Sat 16 Aug 2025, morning'
		},
		{ point: point('2025-08-16', 'day'), expected: 'Sat 16 Aug 2025' },
		{ point: point('2025-W34', 'week'), expected: 'week of Mon 18 Aug 2025' },
		{ point: point('2025-08', 'month'), expected: 'August 2025' },
		{ point: point('2025', 'year'), expected: '2025' },
		{
			point: point('2025-08-16', 'day', { approximate: true }),
			expected: 'about Sat 16 Aug 2025'
		},
		{
			point: point('2025-08-16', 'day', { uncertain: true }),
			expected: 'Sat 16 Aug 2025 (uncertain)'
		}
	];
	for (const c of cases) {
		it(`formatPoint() writes ${c.point.precision} ${c.point.value} as "${c.expected}"`, () =>
			expect(formatPoint(c.point)).toBe(c.expected));
	}
});

describe('formatEventDate()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'gives a same-day end as a time only',
			date: date(point('2025-08-15T11:26', 'minute'), {
				end: point('2025-08-15T14:30', 'minute', { approximate: true })
			}),
			expected: 'Fri 15 Aug 2025, 11:26 – about 14:30'
		},
		{
			name: 'gives a range of days in full',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day') }),
			expected: 'Mon 11 Aug 2025 – Thu 14 Aug 2025'
		},
		{
			name: 'says "sometime between" for a date within a range',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }),
			expected: 'sometime between Mon 11 Aug 2025 and Thu 14 Aug 2025'
		}
	];
	for (const c of cases) {
		it(`formatEventDate() ${c.name}`, () => expect(formatEventDate(c.date)).toBe(c.expected));
	}

	it('formatEventDateWithZone() names the zone with its abbreviation at that date', () => {
		expect(formatEventDateWithZone(date(point('2025-08-15T11:26', 'minute')))).toBe(
			'Fri 15 Aug 2025, 11:26, Anchorage time (AKDT)'
		);
	});
});

describe('zoneLabel() and formatInstantInZone()', () => {
	it('zoneLabel() uses the city and the abbreviation in force', () => {
		expect(zoneLabel('Europe/Moscow', Date.UTC(2025, 7, 15))).toBe('Moscow time (GMT+3)');
		expect(zoneLabel('UTC', 0)).toBe('UTC');
	});
	it('formatInstantInZone() shows the summit start in Moscow on the next day', () => {
		const start = Date.UTC(2025, 7, 15, 19, 26);
		expect(formatInstantInZone(start, 'Europe/Moscow')).toBe('Fri 15 Aug 2025, 22:26');
		expect(formatInstantInZone(Date.UTC(2025, 7, 15, 22, 30), 'Europe/Moscow')).toBe(
			'Sat 16 Aug 2025, 01:30'
		);
		expect(formatInstantInZone(start, 'UTC', 'day')).toBe('Fri 15 Aug 2025');
	});
});

describe('offsetName()', () => {
	const HOUR = 3_600_000;
	const cases = [
		{ offset: 0, expected: 'UTC' },
		{ offset: HOUR, expected: 'UTC+1' },
		{ offset: -4 * HOUR, expected: 'UTC−4' },
		{ offset: 5.5 * HOUR, expected: 'UTC+5:30' },
		{ offset: -9.5 * HOUR, expected: 'UTC−9:30' },
		{ offset: 12.75 * HOUR, expected: 'UTC+12:45' }
	];
	for (const c of cases) {
		it(`offsetName() of ${c.offset / HOUR} hours is ${c.expected}`, () =>
			expect(offsetName(c.offset)).toBe(c.expected));
	}
	// unit tests run with TZ=UTC, so the reader's clock is UTC here
	it("zoneLabel() names the reader's clock by its offset", () =>
		expect(zoneLabel(READER_CLOCK, Date.UTC(2025, 7, 15))).toBe('Your clock (UTC)'));
});

describe('formatSpanInZone()', () => {
	const cases = [
		{
			name: 'an instant in UTC',
			span: { start: Date.UTC(2025, 7, 15, 19, 26), end: Date.UTC(2025, 7, 15, 19, 27) },
			zone: 'UTC',
			instant: true,
			expected: 'Fri 15 Aug 2025, 19:26, UTC'
		},
		{
			name: 'a span within a day',
			span: { start: Date.UTC(2025, 7, 15, 19, 26), end: Date.UTC(2025, 7, 15, 22, 30) },
			zone: 'UTC',
			expected: 'Fri 15 Aug 2025, 19:26–22:30, UTC'
		},
		{
			name: "an Anchorage day in London's time",
			span: { start: Date.UTC(2025, 7, 15, 8), end: Date.UTC(2025, 7, 16, 8) },
			zone: 'Europe/London',
			expected: 'Fri 15 Aug 2025, 09:00 – Sat 16 Aug 2025, 09:00, London time (GMT+1)'
		}
	];
	for (const c of cases) {
		it(`formatSpanInZone() formats ${c.name}`, () =>
			expect(formatSpanInZone(c.span, c.zone, c.instant)).toBe(c.expected));
	}
});

describe('zoneLabelOver()', () => {
	const cases: { name: string; zone: string; from: number; to: number; expected: string }[] = [
		{
			name: 'one offset when none changes',
			zone: 'Europe/Moscow',
			from: Date.UTC(2025, 7, 15),
			to: Date.UTC(2025, 7, 16),
			expected: 'Moscow time (GMT+3)'
		},
		{
			name: 'each offset in force over a month in Budapest',
			zone: 'Europe/Budapest',
			from: Date.UTC(2025, 8, 30, 22),
			to: Date.UTC(2025, 9, 31, 23),
			expected: 'Budapest time (GMT+2, GMT+1 from 26 Oct)'
		},
		{
			name: 'the change in Auckland, on its local date',
			zone: 'Pacific/Auckland',
			from: Date.UTC(2025, 8, 20),
			to: Date.UTC(2025, 8, 30),
			expected: 'Auckland time (GMT+12, GMT+13 from 28 Sep)'
		},
		{
			name: 'UTC as UTC',
			zone: 'UTC',
			from: Date.UTC(2025, 0, 1),
			to: Date.UTC(2026, 0, 1),
			expected: 'UTC'
		}
	];
	for (const c of cases)
		it(`zoneLabelOver() gives ${c.name}`, () =>
			expect(zoneLabelOver(c.zone, c.from, c.to)).toBe(c.expected));
});

describe('formatEventDateWithZone() across an offset change', () => {
	it('formatEventDateWithZone() gives each end its own offset', () =>
		expect(
			formatEventDateWithZone({
				start: { value: '2025-10-01', precision: 'day' },
				end: { value: '2025-10-31', precision: 'day' },
				zone: 'Europe/Budapest',
				basis: 'test'
			})
		).toBe('Wed 1 Oct 2025 – Fri 31 Oct 2025, Budapest time (GMT+2, GMT+1 from 26 Oct)'));
});

describe('otherZoneText()', () => {
	const span = { start: Date.UTC(2025, 7, 19, 21), end: Date.UTC(2025, 7, 20, 21) };
	const cases = [
		{
			name: 'converts a time',
			event: { ...span, end: span.start + 3_600_000, timed: true },
			expected: '= Tue 19 Aug 2025, 21:00–22:00, UTC'
		},
		{
			name: 'leaves a whole day as it is',
			event: { ...span, timed: false },
			expected: 'A calendar date: the same in every zone, not converted'
		}
	];
	for (const c of cases)
		it(`otherZoneText() ${c.name}`, () => expect(otherZoneText(c.event, 'UTC')).toBe(c.expected));
});
