import { describe, expect, it } from 'vitest';
import { locales } from '$lib/i18n/locale';
import { exemplarCity, zoneCities } from './zone-cities';

describe('exemplarCity()', () => {
	const cases: { catalog: (typeof locales)[number]; zone: string; expected: string | undefined }[] =
		[
			{ catalog: 'uk', zone: 'Europe/Kyiv', expected: 'Київ' },
			{ catalog: 'uk', zone: 'America/New_York', expected: 'Нью-Йорк' },
			{ catalog: 'fr', zone: 'Europe/Moscow', expected: 'Moscou' },
			{ catalog: 'de', zone: 'Europe/Moscow', expected: 'Moskau' },
			{ catalog: 'en', zone: 'Europe/Kyiv', expected: 'Kyiv' },
			{ catalog: 'en', zone: 'America/Sao_Paulo', expected: 'São Paulo' },
			// CLDR files it under ICU's id, America/Buenos_Aires
			{ catalog: 'uk', zone: 'America/Argentina/Buenos_Aires', expected: 'Буенос-Айрес' },
			// a former name of the zone finds the city too
			{ catalog: 'uk', zone: 'Europe/Kiev', expected: 'Київ' },
			{ catalog: 'fr', zone: 'Not/A_Zone', expected: undefined },
			{ catalog: 'fr', zone: 'UTC', expected: undefined }
		];
	it.each(cases)('$catalog $zone → $expected', ({ catalog, zone, expected }) => {
		expect(exemplarCity(catalog, zone)).toBe(expected);
	});

	it('has a table for every catalog', () => {
		// a city every catalog names, English too, since it has letters the zone's id cannot hold
		for (const catalog of locales) expect(exemplarCity(catalog, 'America/Sao_Paulo')).toBeTruthy();
	});
});

describe('zoneCities()', () => {
	const cases: {
		name: string;
		language: string;
		data: unknown;
		expected: Record<string, string>;
	}[] = [
		{
			name: 'every zone named anywhere in the data, in the language',
			language: 'uk',
			data: {
				events: [
					{ date: { zone: 'Europe/Kyiv' } },
					{ date: { zone: 'America/New_York' }, sources: [{ published: { zone: 'Asia/Tokyo' } }] }
				],
				actors: { a: { zone: 'Europe/Kyiv' } }
			},
			expected: { 'Europe/Kyiv': 'Київ', 'America/New_York': 'Нью-Йорк', 'Asia/Tokyo': 'Токіо' }
		},
		{
			name: 'only names that differ from the zone id',
			language: 'en',
			data: { events: [{ zone: 'Europe/Kyiv' }, { zone: 'America/Argentina/Buenos_Aires' }] },
			expected: {}
		},
		{
			name: 'a regional tag reads its catalog',
			language: 'fr-CA',
			data: { zone: 'Europe/Moscow' },
			expected: { 'Europe/Moscow': 'Moscou' }
		},
		{
			name: 'zones CLDR does not name keep their id',
			language: 'de',
			data: { zone: 'UTC', other: { zone: 'Etc/UTC' } },
			expected: {}
		}
	];
	it.each(cases)('$name', ({ language, data, expected }) => {
		expect(zoneCities(data, language)).toEqual(expected);
	});

	// every page's layout asks for them
	it.each([
		{ name: 'in one language', first: 'uk', then: 'uk', same: true },
		{ name: 'in a regional tag of it', first: 'fr', then: 'fr-CA', same: true },
		{ name: 'in another language', first: 'uk', then: 'fr', same: false }
	])('zoneCities() reads a timeline once, $name', ({ first, then, same }) => {
		let reads = 0;
		const events = [{ date: { zone: 'Europe/Kyiv' } }, { date: { zone: 'Europe/Moscow' } }];
		const timeline = {
			get events() {
				reads++;
				return events;
			}
		};
		const names = zoneCities(timeline, first);
		expect(zoneCities(timeline, then)).toEqual(zoneCities({ events }, then));
		expect(reads).toBe(1);
		expect(zoneCities(timeline, then) === names).toBe(same);
	});
});
