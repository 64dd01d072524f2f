import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { utc } from '$lib/chart/fixtures';
import {
	skippedBy,
	localDate,
	offsetParts,
	seedZoneTable,
	seededZoneName,
	wallFields,
	wallTime,
	zoneChanges,
	zoneOffset,
	zoneTable
} from './zone-math';

const HOUR = 3_600_000;

describe('zoneOffset()', () => {
	const cases = [
		{ zone: 'UTC', at: utc(2025, 8, 15), expected: 0 },
		{ zone: 'America/Anchorage', at: utc(2025, 8, 15), expected: -8 * HOUR },
		{ zone: 'America/Anchorage', at: utc(2025, 12, 15), expected: -9 * HOUR },
		{ zone: 'Asia/Kolkata', at: utc(2025, 8, 15), expected: 5.5 * HOUR },
		{ zone: 'Europe/London', at: utc(2025, 10, 26, 0, 59), expected: HOUR },
		{ zone: 'Europe/London', at: utc(2025, 10, 26, 1), expected: 0 }
	];
	for (const c of cases) {
		it(`zoneOffset() in ${c.zone} at ${new Date(c.at).toISOString()}`, () =>
			expect(zoneOffset(c.at, c.zone)).toBe(c.expected));
	}
});

describe('wallTime() at DST changes', () => {
	const cases = [
		{
			name: 'a time skipped in spring maps to just after the gap',
			zone: 'Europe/London',
			args: [2025, 2, 30, 1, 30] as const,
			expected: utc(2025, 3, 30, 1, 30) // 02:30 BST
		},
		{
			name: 'a repeated time in autumn maps to the first of its two instants',
			zone: 'Europe/London',
			args: [2025, 9, 26, 1, 30] as const,
			expected: utc(2025, 10, 26, 0, 30) // 01:30 BST, not 01:30 GMT
		},
		{
			name: 'midnight after the autumn change',
			zone: 'Europe/London',
			args: [2025, 9, 27, 0, 0] as const,
			expected: utc(2025, 10, 27)
		},
		{
			name: 'a time skipped in spring west of Greenwich maps to just after the gap',
			zone: 'America/New_York',
			args: [2025, 2, 9, 2, 30] as const,
			expected: utc(2025, 3, 9, 7, 30) // 03:30 EDT
		},
		{
			name: 'a repeated time in autumn west of Greenwich maps to the first instant',
			zone: 'America/New_York',
			args: [2025, 10, 2, 1, 30] as const,
			expected: utc(2025, 11, 2, 5, 30) // 01:30 EDT, not 01:30 EST
		},
		{
			name: 'a time on the day of a change, hours after it',
			zone: 'America/New_York',
			args: [2025, 2, 9, 12, 0] as const,
			expected: utc(2025, 3, 9, 16)
		}
	];
	for (const c of cases) {
		it(`wallTime() in ${c.zone}: ${c.name}`, () => {
			const [y, mo, d, h, mi] = c.args;
			expect(new Date(wallTime(c.zone, y, mo, d, h, mi)).toISOString()).toBe(
				new Date(c.expected).toISOString()
			);
		});
	}
});

describe('wallTime() and wallFields()', () => {
	const zones = [
		'UTC',
		'America/Anchorage',
		'Europe/Moscow',
		'Europe/London',
		'Asia/Kolkata',
		'Australia/Lord_Howe'
	];
	for (const zone of zones) {
		it(`wallTime() agrees with TZDate across a year in ${zone}`, () => {
			for (let day = 0; day < 366; day += 5) {
				for (const hour of [0, 1, 2, 3, 12, 23]) {
					const expected = new TZDate(2025, 0, 1 + day, hour, 30, zone).getTime();
					const ours = wallTime(zone, 2025, 0, 1 + day, hour, 30);
					if (ours === expected) continue;
					// a wall time that happens twice: TZDate may take the second, we take the first
					expect(wallFields(ours, zone)).toEqual(wallFields(expected, zone));
					expect(ours).toBeLessThan(expected);
				}
			}
		});
		it(`wallFields() reads back what wallTime() wrote in ${zone}`, () => {
			const t = wallTime(zone, 2025, 7, 15, 11, 26);
			expect(wallFields(t, zone)).toMatchObject({
				year: 2025,
				month: 7,
				day: 15,
				hour: 11,
				minute: 26,
				weekday: 5
			});
		});
	}
});

describe('zoneOffset() at changes', () => {
	const cases = [
		{ zone: 'Europe/London', at: utc(2025, 3, 30, 0, 59), expected: 0 },
		{ zone: 'Europe/London', at: utc(2025, 3, 30, 1), expected: HOUR },
		{ zone: 'Australia/Lord_Howe', at: utc(2025, 4, 5, 14, 59), expected: 11 * HOUR },
		{ zone: 'Australia/Lord_Howe', at: utc(2025, 4, 5, 15), expected: 10.5 * HOUR },
		{ zone: 'Pacific/Chatham', at: utc(2025, 8, 15), expected: 12.75 * HOUR }
	];
	for (const c of cases) {
		it(`zoneOffset() in ${c.zone} at ${new Date(c.at).toISOString()}`, () =>
			expect(zoneOffset(c.at, c.zone)).toBe(c.expected));
	}
	const years = [
		{ zone: 'America/Anchorage', year: 2025 },
		{ zone: 'Europe/London', year: 2025 },
		{ zone: 'Australia/Lord_Howe', year: 2025 },
		// summer time began on 8 October 2000 and was called off a week later
		{ zone: 'America/Recife', year: 2000 }
	];
	for (const { zone, year } of years) {
		it(`zoneOffset() agrees with date-fns across ${year} in ${zone}`, () => {
			// 45-minute steps meet every quarter hour of the day over the year
			for (let t = utc(year, 1, 1); t < utc(year + 1, 1, 1); t += 45 * 60_000) {
				const expected = -new TZDate(t, zone).getTimezoneOffset() * 60_000;
				if (zoneOffset(t, zone) !== expected) {
					expect([new Date(t).toISOString(), zoneOffset(t, zone)]).toEqual([
						new Date(t).toISOString(),
						expected
					]);
				}
			}
		});
	}
});

describe('zoneChanges()', () => {
	const cases = [
		{
			zone: 'America/Anchorage',
			from: utc(2025, 1, 1),
			to: utc(2026, 1, 1),
			expected: [
				{ at: utc(2025, 3, 9, 11), before: -9 * HOUR, after: -8 * HOUR },
				{ at: utc(2025, 11, 2, 10), before: -8 * HOUR, after: -9 * HOUR }
			]
		},
		{
			name: 'from is inclusive and to is not',
			zone: 'Europe/London',
			from: utc(2025, 3, 30, 1),
			to: utc(2025, 10, 26, 1),
			expected: [{ at: utc(2025, 3, 30, 1), before: 0, after: HOUR }]
		},
		{ zone: 'Europe/Moscow', from: utc(2025, 1, 1), to: utc(2026, 1, 1), expected: [] },
		{ zone: 'UTC', from: utc(2025, 1, 1), to: utc(2026, 1, 1), expected: [] }
	];
	for (const c of cases) {
		it(`zoneChanges() in ${c.zone}${c.name ? `: ${c.name}` : ''}`, () =>
			expect(zoneChanges(c.zone, c.from, c.to)).toEqual(c.expected));
	}
});

describe('zoneTable() and seedZoneTable()', () => {
	const from = utc(2025, 1, 1);
	const to = utc(2026, 1, 1);
	it('zoneTable() lists the runs of one offset and their names', () =>
		expect(
			zoneTable('America/New_York', from, to, (ms) => (ms < utc(2025, 6) ? 'A' : 'B'))
		).toEqual({
			zone: 'America/New_York',
			from,
			to,
			starts: [from, utc(2025, 3, 9, 7), utc(2025, 11, 2, 6)],
			offsets: [-5 * HOUR, -4 * HOUR, -5 * HOUR],
			names: ['A', 'A', 'B']
		}));
	it('seedZoneTable() answers zoneOffset() and seededZoneName() inside the table only', () => {
		// a made-up zone rule under a real name that no other test uses, so the table shows
		const zone = 'America/Boa_Vista';
		seedZoneTable({
			zone,
			from,
			to,
			starts: [from, utc(2025, 6, 1, 12)],
			offsets: [2 * HOUR, 3 * HOUR],
			names: ['X1', 'X2']
		});
		expect(zoneOffset(utc(2025, 6, 1, 11, 59), zone)).toBe(2 * HOUR);
		expect(zoneOffset(utc(2025, 6, 1, 12), zone)).toBe(3 * HOUR);
		expect(seededZoneName(utc(2025, 2, 1), zone)).toBe('X1');
		expect(seededZoneName(utc(2025, 7, 1), zone)).toBe('X2');
		// outside the table, the runtime's zone database answers
		expect(zoneOffset(utc(2027, 1, 1), zone)).toBe(-4 * HOUR);
		expect(seededZoneName(utc(2027, 1, 1), zone)).toBeUndefined();
		// a table inside one already seeded is not kept
		const inner = utc(2025, 2, 1);
		seedZoneTable({
			zone,
			from: inner,
			to: inner + HOUR,
			starts: [inner],
			offsets: [0],
			names: ['Y']
		});
		expect(seededZoneName(inner, zone)).toBe('X1');
	});
});

describe('localDate()', () => {
	const cases = [
		{
			name: 'Friday evening in Anchorage',
			at: utc(2025, 8, 16, 4),
			zone: 'America/Anchorage',
			expected: '2025-08-15'
		},
		{
			name: 'the same instant in Moscow',
			at: utc(2025, 8, 16, 4),
			zone: 'Europe/Moscow',
			expected: '2025-08-16'
		},
		{
			name: 'the last minute of a day in UTC',
			at: utc(2025, 8, 15, 23, 59),
			zone: 'UTC',
			expected: '2025-08-15'
		},
		{
			name: 'midnight in London in summer time',
			at: utc(2025, 8, 14, 23),
			zone: 'Europe/London',
			expected: '2025-08-15'
		},
		{
			name: 'the night of the autumn change in London',
			at: utc(2025, 10, 26, 0, 30),
			zone: 'Europe/London',
			expected: '2025-10-26'
		},
		{
			name: 'a year before 1000, padded',
			at: Date.UTC(999, 0, 2),
			zone: 'UTC',
			expected: '0999-01-02'
		}
	];
	for (const c of cases) {
		it(`localDate() of ${c.name}`, () => expect(localDate(c.at, c.zone)).toBe(c.expected));
	}
	for (const zone of [
		'America/New_York',
		'Asia/Kolkata',
		'Australia/Lord_Howe',
		'Pacific/Chatham'
	]) {
		it(`localDate() agrees with date-fns across two years in ${zone}`, () => {
			for (let t = utc(2024, 1, 1); t < utc(2026, 1, 1); t += 5 * HOUR + 15 * 60_000) {
				const expected = format(new TZDate(t, zone), 'yyyy-MM-dd');
				if (localDate(t, zone) !== expected) {
					expect([new Date(t).toISOString(), localDate(t, zone)]).toEqual([
						new Date(t).toISOString(),
						expected
					]);
				}
			}
		});
	}
});

describe('offsetParts()', () => {
	const cases = [
		{ minutes: 0, expected: { negative: false, hours: 0, minutes: 0 } },
		{ minutes: 180, expected: { negative: false, hours: 3, minutes: 0 } },
		{ minutes: 330, expected: { negative: false, hours: 5, minutes: 30 } },
		{ minutes: -480, expected: { negative: true, hours: 8, minutes: 0 } },
		{ minutes: -570, expected: { negative: true, hours: 9, minutes: 30 } },
		{ minutes: 765, expected: { negative: false, hours: 12, minutes: 45 } }
	];
	for (const c of cases) {
		it(`offsetParts(${c.minutes})`, () => expect(offsetParts(c.minutes)).toEqual(c.expected));
	}
});

describe('skippedBy()', () => {
	const H = 3600_000;
	const cases: {
		zone: string;
		at: [number, number, number, number, number];
		expected: { before: number; after: number } | undefined;
	}[] = [
		// New York puts its clocks forward at 02:00 on 9 March 2025: 02:30 never shows
		{
			zone: 'America/New_York',
			at: [2025, 2, 9, 2, 30],
			expected: { before: -5 * H, after: -4 * H }
		},
		{ zone: 'America/New_York', at: [2025, 2, 9, 1, 59], expected: undefined },
		{ zone: 'America/New_York', at: [2025, 2, 9, 3, 0], expected: undefined },
		// the night the clocks go back, 01:30 shows twice: it was shown
		{ zone: 'America/New_York', at: [2025, 10, 2, 1, 30], expected: undefined },
		// Lord Howe's clocks go forward half an hour, from 02:00 to 02:30
		{
			zone: 'Australia/Lord_Howe',
			at: [2025, 9, 5, 2, 15],
			expected: { before: 10.5 * H, after: 11 * H }
		},
		{ zone: 'Australia/Lord_Howe', at: [2025, 9, 5, 2, 45], expected: undefined },
		{ zone: 'UTC', at: [2025, 2, 30, 1, 30], expected: undefined }
	];
	for (const c of cases)
		it(`skippedBy(${c.zone}, ${c.at.join(', ')}) is ${c.expected ? 'a change' : 'nothing'}`, () => {
			const change = skippedBy(c.zone, ...c.at);
			if (c.expected) expect(change).toMatchObject(c.expected);
			else expect(change).toBeUndefined();
		});
});
