import { describe, expect, it } from 'vitest';
import { dayKey, groupByDay } from './days';
import { utc } from '$lib/chart/fixtures';
import { isoDate, localDay } from '$lib/time/zone-math';

// each event's own heading is worked out at build time, as toChartEvent() does: here, timed
// events under the local day they start on
const timed = (start: number, zone: string) => ({
	start,
	end: start + 60_000,
	heading: isoDate(localDay(start, zone)),
	timed: true
});
const e = (id: string, start: number, zone: string) => ({ id, ...timed(start, zone) });
// sorted by real time: Moscow's Saturday starts while it is still Friday in Anchorage
const events = [
	e('anchorage-fri-morning', utc(2025, 8, 15, 19), 'America/Anchorage'),
	e('moscow-sat', utc(2025, 8, 15, 21), 'Europe/Moscow'),
	e('anchorage-fri-evening', utc(2025, 8, 16, 4), 'America/Anchorage'),
	e('washington-sat', utc(2025, 8, 16, 13), 'America/New_York')
];

describe('groupByDay()', () => {
	const cases = [
		{
			name: "by each event's own date",
			zone: undefined,
			expected: {
				'2025-08-15': ['anchorage-fri-morning', 'anchorage-fri-evening'],
				'2025-08-16': ['moscow-sat', 'washington-sat']
			}
		},
		{
			name: 'by the date in UTC',
			zone: 'UTC',
			expected: {
				'2025-08-15': ['anchorage-fri-morning', 'moscow-sat'],
				'2025-08-16': ['anchorage-fri-evening', 'washington-sat']
			}
		}
	];
	for (const c of cases) {
		it(`groupByDay() groups ${c.name}`, () => {
			const groups = groupByDay(events, c.zone);
			expect(Object.fromEntries(groups.map((g) => [g.key, g.events.map((x) => x.id)]))).toEqual(
				c.expected
			);
		});
	}
	it('groupByDay() puts days in date order', () =>
		expect(groupByDay([events[1]!, events[0]!]).map((g) => g.key)).toEqual([
			'2025-08-15',
			'2025-08-16'
		]));
});

describe('dayKey()', () => {
	const cases = [
		{
			name: "the event's own date",
			start: utc(2025, 8, 16, 4),
			own: 'America/Anchorage',
			zone: undefined,
			expected: '2025-08-15'
		},
		{
			name: 'the date in a chosen zone',
			start: utc(2025, 8, 16, 4),
			own: 'America/Anchorage',
			zone: 'Europe/Moscow',
			expected: '2025-08-16'
		},
		{
			name: 'the date just after midnight with a half-hour offset',
			start: utc(2025, 8, 14, 18, 30),
			own: 'Asia/Kolkata',
			zone: undefined,
			expected: '2025-08-15'
		},
		{
			name: 'the date just before that midnight',
			start: utc(2025, 8, 14, 18, 29),
			own: 'Asia/Kolkata',
			zone: undefined,
			expected: '2025-08-14'
		},
		{
			name: 'the date on the day summer time ends',
			start: utc(2025, 10, 26, 23, 30),
			own: 'Europe/London',
			zone: undefined,
			expected: '2025-10-26'
		}
	];
	for (const c of cases) {
		it(`dayKey() gives ${c.name}`, () =>
			expect(dayKey(timed(c.start, c.own), c.zone)).toBe(c.expected));
	}
});
