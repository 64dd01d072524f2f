import { describe, expect, it } from 'vitest';
import type { Obj } from './context';
import { checkEventPlace, checkPlaces } from './places';
import { problems, quiet, refsOf } from './spec-helpers';

const ROOT: Obj = {
	places: [
		{ id: 'kremlin', kind: 'venue', zone: 'Europe/Moscow' },
		{ id: 'anchorage', kind: 'city', zone: 'America/Anchorage', lat: 61.2, lon: -149.9 },
		{ id: 'russia', kind: 'country', zone: 'Europe/Moscow' },
		{ id: 'atlantis', kind: 'city', zone: 'Mars/Olympus' }
	]
};

describe('checkPlaces', () => {
	const rows: [rule: string, places: Obj[], expected: string[]][] = [
		[
			'coordinates in pairs, or none',
			ROOT.places as Obj[],
			[
				'places[3].zone: "Mars/Olympus" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage'
			]
		],
		[
			'lat without lon',
			[{ id: 'a', lat: 1 }],
			['places[0].lon: is missing while lat is given; expected both, or neither']
		],
		[
			'lon without lat',
			[{ id: 'a', lon: 1 }],
			['places[0].lat: is missing while lon is given; expected both, or neither']
		]
	];
	it.each(rows)('%s', (_rule, places, expected) => {
		expect(problems((ctx) => checkPlaces(ctx, { places }))).toEqual(expected);
	});

	it('keeps the zone and kind of the first place with each id, and only a real zone', () => {
		const places = checkPlaces(quiet, {
			places: [...(ROOT.places as Obj[]), { id: 'kremlin', kind: 'city' }]
		});
		expect(places.get('kremlin')).toEqual({
			zone: 'Europe/Moscow',
			kind: 'venue',
			path: ['places', 0]
		});
		expect(places.get('atlantis')).toEqual({ zone: undefined, kind: 'city', path: ['places', 3] });
	});
});

describe('checkEventPlace', () => {
	const MISMATCH = (place: string, zone: string) =>
		`events[0].date.zone: "UTC" differs from the zone of place "${place}" (${zone}); expected ${zone}, since dates are wall-clock time where the event happened`;
	const rows: [rule: string, place: unknown, zone: string | undefined, expected: string[]][] = [
		['a venue, in its zone', 'kremlin', 'Europe/Moscow', []],
		['a venue, in another zone', 'kremlin', 'UTC', [MISMATCH('kremlin', 'Europe/Moscow')]],
		['a city, in another zone', 'anchorage', 'UTC', [MISMATCH('anchorage', 'America/Anchorage')]],
		['a country spans zones: any zone will do', 'russia', 'UTC', []],
		['a place whose zone is unknown', 'atlantis', 'UTC', []],
		['a date that is not usable', 'kremlin', undefined, []],
		[
			'no such place',
			'moscow',
			undefined,
			[
				'events[0].place: "moscow" is not the id of any place; expected one of kremlin, anchorage, russia, atlantis'
			]
		]
	];
	it.each(rows)('%s', (_rule, place, zone, expected) => {
		const date = zone
			? { start: { value: '2025', precision: 'year' as const }, zone, basis: '' }
			: undefined;
		const out = problems((ctx) =>
			checkEventPlace(
				ctx,
				refsOf(ROOT, ctx),
				checkPlaces(quiet, ROOT),
				{ place },
				['events', 0],
				date
			)
		);
		expect(out).toEqual(expected);
	});
});
