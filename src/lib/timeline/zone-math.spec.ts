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
			args: [2025, 2, 30, 1, 30] as const,
			expected: utc(2025, 3, 30, 1, 30)
		},
		{
			name: 'a repeated time in autumn maps to one of its two instants',
			args: [2025, 9, 26, 1, 30] as const,
			expected: utc(2025, 10, 26, 1, 30)
		},
		{
			name: 'midnight after the autumn change',
			args: [2025, 9, 27, 0, 0] as const,
			expected: utc(2025, 10, 27)
		}
	];
	for (const c of cases) {
		it(`wallTime() in London: ${c.name}`, () => {
			const [y, mo, d, h, mi] = c.args;
			const t = wallTime('Europe/London', y, mo, d, h, mi);
			expect(Math.abs(t - c.expected)).toBeLessThanOrEqual(HOUR);
			expect(new TZDate(y, mo, d, h, mi, 'Europe/London').getTime()).toBe(t);
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
					expect(wallTime(zone, 2025, 0, 1 + day, hour, 30)).toBe(expected);
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
