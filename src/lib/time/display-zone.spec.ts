import { describe, expect, it } from 'vitest';
import { displayZone, eventZones, isZoneMode, type ZoneMode } from './display-zone';

describe('displayZone()', () => {
	const cases: { mode: ZoneMode; expected: string }[] = [
		{ mode: 'event', expected: 'America/Anchorage' },
		{ mode: 'viewer', expected: 'Europe/London' },
		{ mode: 'utc', expected: 'UTC' },
		{ mode: 'Europe/Moscow', expected: 'Europe/Moscow' }
	];
	for (const c of cases) {
		it(`displayZone() in ${c.mode} mode is ${c.expected}`, () =>
			expect(displayZone(c.mode, 'America/Anchorage', 'Europe/London')).toBe(c.expected));
	}
});

describe('eventZones()', () => {
	const cases: { name: string; zones: string[]; expected: string[] }[] = [
		{ name: 'no events', zones: [], expected: [] },
		{
			name: 'the most used first, ties in the order met',
			zones: ['Europe/Moscow', 'America/New_York', 'America/New_York', 'Asia/Tokyo'],
			expected: ['America/New_York', 'Europe/Moscow', 'Asia/Tokyo']
		},
		{
			name: 'UTC has its own entry',
			zones: ['UTC', 'Etc/UTC', 'Europe/Kyiv'],
			expected: ['Europe/Kyiv']
		}
	];
	for (const c of cases) {
		it(`eventZones() with ${c.name}`, () =>
			expect(eventZones(c.zones.map((zone) => ({ zone })))).toEqual(c.expected));
	}
});

describe('isZoneMode()', () => {
	const cases: [string, boolean][] = [
		['event', true],
		['viewer', true],
		['utc', true],
		['Europe/Moscow', true],
		['America/Argentina/Buenos_Aires', true],
		['Mars/Olympus_Mons', false],
		['UTC', false],
		['', false]
	];
	for (const [value, expected] of cases) {
		it(`isZoneMode(${JSON.stringify(value)}) is ${expected}`, () =>
			expect(isZoneMode(value)).toBe(expected));
	}
});
