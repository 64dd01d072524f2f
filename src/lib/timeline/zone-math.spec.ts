import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { utc } from './fixtures';
import { wallFields, wallTime, zoneOffset } from './zone-math';

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
