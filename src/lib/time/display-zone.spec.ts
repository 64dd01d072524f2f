import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import {
	displayZone,
	eventZones,
	isZoneMode,
	ZONE_MODE_LABELS,
	type ZoneMode
} from './display-zone';

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

describe('ZONE_MODE_LABELS', () => {
	afterEach(() => useLanguage('en'));
	const cases = [
		{ lang: 'en', expected: { event: "Each event's own zone", viewer: 'Your zone', utc: 'UTC' } },
		{
			lang: 'fr',
			expected: { event: 'Fuseau propre à chaque événement', viewer: 'Votre fuseau', utc: 'UTC' }
		},
		{
			lang: 'uk',
			expected: { event: 'Часовий пояс кожної події', viewer: 'Ваш часовий пояс', utc: 'UTC' }
		},
		{
			lang: 'de',
			expected: {
				event: 'Zeitzone des jeweiligen Ereignisses',
				viewer: 'Ihre Zeitzone',
				utc: 'UTC'
			}
		}
	];
	for (const c of cases) {
		it(`ZONE_MODE_LABELS in ${c.lang} read in the language in force`, () => {
			useLanguage(c.lang);
			expect({ ...ZONE_MODE_LABELS }).toEqual(c.expected);
		});
	}
});
