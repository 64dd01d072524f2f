import { describe, expect, it } from 'vitest';
import type { DatePoint, EventDate } from '$lib/data/schema';
import {
	formatEventDate,
	formatEventDateWithZone,
	formatSpanInZone,
	formatInstantInZone,
	formatPoint,
	offsetName,
	zoneLabel
} from './format';
import { READER_CLOCK } from './zone-math';

const point = (value: string, precision: DatePoint['precision'], extra: Partial<DatePoint> = {}) =>
	({ value, precision, ...extra }) as DatePoint;
const date = (start: DatePoint, extra: Partial<EventDate> = {}): EventDate => ({
	start,
	zone: 'America/Anchorage',
	basis: 'test',
	...extra
});

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
