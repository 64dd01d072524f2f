import { describe, expect, it } from 'vitest';
import { formatOffset, isoInZone, isoUtc, utcOffset, wallClock, zoneTransitions } from './zones';

const summit = Date.UTC(2025, 7, 15, 19, 26);

describe('wallClock() and utcOffset()', () => {
	const cases: { zone: string; wall: string; offset: number }[] = [
		{ zone: 'America/Anchorage', wall: '2025-8-15 11:26', offset: -480 },
		{ zone: 'Europe/Moscow', wall: '2025-8-15 22:26', offset: 180 },
		{ zone: 'Asia/Kolkata', wall: '2025-8-16 0:56', offset: 330 },
		{ zone: 'UTC', wall: '2025-8-15 19:26', offset: 0 }
	];
	for (const c of cases) {
		it(`wallClock() and utcOffset() read the summit start in ${c.zone}`, () => {
			const w = wallClock(summit, c.zone);
			expect(`${w.year}-${w.month}-${w.day} ${w.hour}:${String(w.minute).padStart(2, '0')}`).toBe(
				c.wall
			);
			expect(utcOffset(summit, c.zone)).toBe(c.offset);
		});
	}
});

describe('formatOffset(), isoInZone() and isoUtc()', () => {
	const cases: { minutes: number; separator?: string; expected: string }[] = [
		{ minutes: -480, expected: '-0800' },
		{ minutes: 330, separator: ':', expected: '+05:30' },
		{ minutes: 0, expected: '+0000' }
	];
	for (const c of cases) {
		it(`formatOffset() writes ${c.minutes} minutes as ${c.expected}`, () =>
			expect(formatOffset(c.minutes, c.separator)).toBe(c.expected));
	}
	it('isoInZone() writes local time with the offset', () =>
		expect(isoInZone(summit, 'America/Anchorage')).toBe('2025-08-15T11:26:00-08:00'));
	it('isoUtc() drops the milliseconds', () => expect(isoUtc(summit)).toBe('2025-08-15T19:26:00Z'));
});

describe('zoneTransitions()', () => {
	const year = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)] as const;
	it('zoneTransitions() finds both daylight-saving changes in Anchorage, to the minute', () =>
		expect(
			zoneTransitions('America/Anchorage', ...year).map((t) => [isoUtc(t.at), t.from, t.to])
		).toEqual([
			['2025-03-09T11:00:00Z', -540, -480],
			['2025-11-02T10:00:00Z', -480, -540]
		]));
	it('zoneTransitions() finds the European changes at 01:00 UTC', () =>
		expect(zoneTransitions('Europe/Berlin', ...year).map((t) => isoUtc(t.at))).toEqual([
			'2025-03-30T01:00:00Z',
			'2025-10-26T01:00:00Z'
		]));
	it('zoneTransitions() finds none in Moscow or UTC', () => {
		expect(zoneTransitions('Europe/Moscow', ...year)).toEqual([]);
		expect(zoneTransitions('UTC', ...year)).toEqual([]);
	});
	it('zoneTransitions() finds the southern summer of Sydney', () =>
		expect(zoneTransitions('Australia/Sydney', ...year).map((t) => t.to)).toEqual([600, 660]));
});
