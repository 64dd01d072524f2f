import { afterEach, describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import {
	describeFilters,
	filtersToQuery,
	matchesFilters,
	NO_FILTERS,
	parseFilters,
	type Filters
} from './filters';
import { KIND_WORDS, STATUS_LABELS } from '$lib/data/words';
import { useLanguage } from '$lib/i18n/locale';

const event = {
	id: 'call',
	title: 'Trump calls Zelenskyy',
	kind: 'call',
	summary: 'From Air Force One.',
	status: 'occurred',
	inSource: true,
	participants: [
		{ actor: 'trump', role: 'caller' },
		{ actor: 'zelenskyy', role: 'recipient' }
	],
	evidence: [{ source: 's', quote: 'Western troops in Ukraine' }],
	claims: []
} as unknown as TimelineEvent;

describe('parseFilters() and filtersToQuery()', () => {
	it('parseFilters() reads repeated and single parameters', () => {
		const f = parseFilters(new URLSearchParams('actor=trump&actor=putin&kind=call&source=1&q=x'));
		expect(f).toEqual({
			...NO_FILTERS,
			actors: ['trump', 'putin'],
			kinds: ['call'],
			statuses: [],
			inSourceOnly: true,
			query: 'x'
		});
	});
	it('filtersToQuery() round-trips through parseFilters()', () => {
		const f: Filters = { ...NO_FILTERS, actors: ['putin'], statuses: ['reported'], query: 'a b' };
		expect(parseFilters(new URLSearchParams(filtersToQuery(f)))).toEqual(f);
	});
	it('filtersToQuery() is empty without filters', () =>
		expect(filtersToQuery(NO_FILTERS)).toBe(''));
});

describe('matchesFilters()', () => {
	const cases: { name: string; filters: Partial<Filters>; expected: boolean }[] = [
		{ name: 'passes with no filters', filters: {}, expected: true },
		{ name: 'passes a participant', filters: { actors: ['zelenskyy'] }, expected: true },
		{ name: 'rejects a non-participant', filters: { actors: ['putin'] }, expected: false },
		{ name: 'passes a kind', filters: { kinds: ['call'] }, expected: true },
		{ name: 'rejects another kind', filters: { kinds: ['summit'] }, expected: false },
		{ name: 'rejects another status', filters: { statuses: ['reported'] }, expected: false },
		{ name: 'passes in-source only', filters: { inSourceOnly: true }, expected: true },
		{ name: 'finds words in quotes', filters: { query: 'western TROOPS' }, expected: true },
		{ name: 'needs every word', filters: { query: 'troops ceasefire' }, expected: false }
	];
	for (const c of cases) {
		it(`matchesFilters() ${c.name}`, () =>
			expect(matchesFilters(event, { ...NO_FILTERS, ...c.filters })).toBe(c.expected));
	}
});

describe('describeFilters()', () => {
	const timeline = {
		actors: [
			{ id: 'trump', name: 'Donald Trump' },
			{ id: 'putin', name: 'Vladimir Putin' },
			{ id: 'zelenskyy', name: 'Volodymyr Zelenskyy' }
		],
		sources: [{ id: 'nm', publisher: 'Newsmax' }],
		mainSource: 'nm'
	} as unknown as Timeline;
	const cases: { name: string; filters: Partial<Filters>; expected: string[] }[] = [
		{ name: 'says nothing without filters', filters: {}, expected: [] },
		{
			name: 'names actors, joined by "or"',
			filters: { actors: ['trump', 'putin', 'zelenskyy'] },
			expected: ['with Donald Trump, Vladimir Putin or Volodymyr Zelenskyy']
		},
		{
			name: 'writes kinds and statuses as words',
			filters: { kinds: ['call'], statuses: ['did-not-happen', 'cancelled'] },
			expected: ['kind: call', 'status: did not happen or cancelled']
		},
		{
			name: 'names the main source and the search words',
			filters: { inSourceOnly: true, query: 'troops' },
			expected: ['only events the main source reports (Newsmax)', 'matching “troops”']
		},
		{ name: 'shows an unknown actor id as it is', filters: { actors: ['x'] }, expected: ['with x'] }
	];
	for (const c of cases) {
		it(`describeFilters() ${c.name}`, () =>
			expect(describeFilters({ ...NO_FILTERS, ...c.filters }, timeline)).toEqual(c.expected));
	}
});

describe('parseFilters() with unknown values', () => {
	const cases = [
		{ query: 'kind=summitt&kind=call', expected: { kinds: ['call'] } },
		{ query: 'status=happened&status=reported', expected: { statuses: ['reported'] } },
		{ query: 'actor=nobody&actor=trump', expected: { actors: ['trump'] } }
	];
	for (const c of cases) {
		it(`parseFilters() drops what the timeline does not know in "${c.query}"`, () =>
			expect(parseFilters(new URLSearchParams(c.query), { actors: [{ id: 'trump' }] })).toEqual({
				...NO_FILTERS,
				...c.expected
			}));
	}
});

describe('matchesFilters() by side, speaker and date', () => {
	const timeline = {
		actors: [
			{ id: 'trump', affiliation: 'us' },
			{ id: 'putin', affiliation: 'ru' },
			{ id: 'lavrov', affiliation: 'ru' },
			{ id: 'zelenskyy', affiliation: 'ua' }
		]
	};
	// Trump threatens Russia; Putin is its subject, not a speaker
	const threat = {
		...event,
		participants: [
			{ actor: 'trump', role: 'speaker' },
			{ actor: 'putin', role: 'subject' }
		],
		claims: [],
		date: { start: { value: '2025-08-14', precision: 'day' }, zone: 'America/New_York', basis: 'b' }
	} as unknown as TimelineEvent;
	// Lavrov speaks in Moscow on the 16th; a claim is Putin's
	const briefing = {
		...event,
		participants: [{ actor: 'lavrov', role: 'speaker' }],
		claims: [{ id: 'c', speaker: 'putin', proposition: 'p', status: 'asserted', attribution: [] }],
		date: {
			start: { value: '2025-08-16T01:00', precision: 'minute' },
			zone: 'Europe/Moscow',
			basis: 'b'
		}
	} as unknown as TimelineEvent;
	const dated = (date: object) =>
		({ ...threat, date: { zone: 'UTC', basis: 'b', ...date } }) as unknown as TimelineEvent;
	// known to the month only: it may have happened on any of August's days
	const august = dated({ start: { value: '2025-08', precision: 'month' } });
	// the talks ran from the 10th to the 20th
	const talks = dated({
		start: { value: '2025-08-10', precision: 'day' },
		end: { value: '2025-08-20', precision: 'day' }
	});
	// it happened once, at some moment between 19 August and 31 October
	const sometime = dated({
		start: { value: '2025-08-19', precision: 'day' },
		end: { value: '2025-10-31', precision: 'day' },
		within: true
	});
	const cases: {
		name: string;
		event: TimelineEvent;
		filters: Partial<Filters>;
		expected: boolean;
	}[] = [
		{
			name: 'a side takes in all its actors',
			event: threat,
			filters: { sides: ['ru'] },
			expected: true
		},
		{
			name: 'a side without its actors',
			event: threat,
			filters: { sides: ['ua'] },
			expected: false
		},
		{
			name: 'a side must speak when asked',
			event: threat,
			filters: { sides: ['ru'], role: 'speaker' },
			expected: false
		},
		{
			name: 'a participant who speaks',
			event: threat,
			filters: { actors: ['trump'], role: 'speaker' },
			expected: true
		},
		{
			name: "a claim's speaker speaks",
			event: briefing,
			filters: { actors: ['putin'], role: 'speaker' },
			expected: true
		},
		{
			name: 'an actor or a side: either will do',
			event: briefing,
			filters: { actors: ['trump'], sides: ['ru'], role: 'speaker' },
			expected: true
		},
		{ name: 'from a day on', event: threat, filters: { from: '2025-08-15' }, expected: false },
		{ name: 'from its own day', event: threat, filters: { from: '2025-08-14' }, expected: true },
		{ name: 'until its own day', event: threat, filters: { to: '2025-08-14' }, expected: true },
		{ name: 'until the day before', event: threat, filters: { to: '2025-08-13' }, expected: false },
		{
			// 01:00 in Moscow on the 16th is still the 15th in UTC: the event's own day counts
			name: "in the event's own zone",
			event: briefing,
			filters: { from: '2025-08-16', to: '2025-08-16' },
			expected: true
		},
		{
			name: 'a month, from a day within it',
			event: august,
			filters: { from: '2025-08-15' },
			expected: true
		},
		{
			name: 'a month, until its first day',
			event: august,
			filters: { to: '2025-08-01' },
			expected: true
		},
		{
			name: 'a month, from the next',
			event: august,
			filters: { from: '2025-09-01' },
			expected: false
		},
		{
			name: 'a span running into the range',
			event: talks,
			filters: { from: '2025-08-15' },
			expected: true
		},
		{
			name: 'a span over before the range',
			event: talks,
			filters: { from: '2025-08-21' },
			expected: false
		},
		{
			name: 'a span around the range',
			event: talks,
			filters: { from: '2025-08-12', to: '2025-08-13' },
			expected: true
		},
		{
			name: 'sometime within a window that reaches the range',
			event: sometime,
			filters: { from: '2025-10-01' },
			expected: true
		},
		{
			name: 'sometime within a window that starts after the range',
			event: sometime,
			filters: { to: '2025-08-18' },
			expected: false
		},
		{
			name: 'what one side said after a date',
			event: briefing,
			filters: { sides: ['ru'], role: 'speaker', from: '2025-08-16' },
			expected: true
		}
	];
	for (const c of cases) {
		it(`matchesFilters() ${c.name}`, () =>
			expect(matchesFilters(c.event, { ...NO_FILTERS, ...c.filters }, timeline)).toBe(c.expected));
	}
	it('matchesFilters() reads sides from the event when no timeline is given', () =>
		expect(
			matchesFilters({ ...threat, sides: { putin: 'ru' } }, { ...NO_FILTERS, sides: ['ru'] })
		).toBe(true));
});

describe('parseFilters() of sides, role and dates', () => {
	const timeline = { actors: [{ id: 'putin', affiliation: 'ru' }] };
	const cases: { query: string; expected: Partial<Filters> }[] = [
		{ query: 'side=ru&side=mars', expected: { sides: ['ru'] } },
		{ query: 'side=ru&as=speaker', expected: { sides: ['ru'], role: 'speaker' } },
		{ query: 'as=shouter', expected: {} },
		{ query: 'from=2025-08-16&to=2025-08-20', expected: { from: '2025-08-16', to: '2025-08-20' } },
		{ query: 'from=2025-02-30&to=16.08.2025', expected: {} }
	];
	for (const c of cases) {
		it(`parseFilters() reads "${c.query}"`, () =>
			expect(parseFilters(new URLSearchParams(c.query), timeline)).toEqual({
				...NO_FILTERS,
				...c.expected
			}));
	}
	it('filtersToQuery() round-trips sides, role and dates', () => {
		const f: Filters = { ...NO_FILTERS, sides: ['ru'], role: 'speaker', from: '2025-08-16' };
		expect(filtersToQuery(f)).toBe('?side=ru&as=speaker&from=2025-08-16');
		expect(parseFilters(new URLSearchParams(filtersToQuery(f)), timeline)).toEqual(f);
	});
	it('filtersToQuery() leaves out a role with nobody chosen', () =>
		expect(filtersToQuery({ ...NO_FILTERS, role: 'speaker' })).toBe(''));
});

describe('describeFilters() of sides, role and dates', () => {
	const timeline = {
		actors: [{ id: 'trump', name: 'Donald Trump' }],
		affiliations: [{ id: 'ru', name: 'Russia' }],
		sources: [],
		mainSource: 'nm'
	} as unknown as Timeline;
	const cases: { filters: Partial<Filters>; expected: string[] }[] = [
		{ filters: { sides: ['ru'] }, expected: ['with anyone of Russia'] },
		{
			filters: { sides: ['ru'], actors: ['trump'], role: 'speaker' },
			expected: ['said by anyone of Russia or Donald Trump']
		},
		{ filters: { from: '2025-08-16' }, expected: ['from 2025-08-16'] },
		{ filters: { to: '2025-08-20' }, expected: ['until 2025-08-20'] },
		{
			filters: { from: '2025-08-16', to: '2025-08-20' },
			expected: ['from 2025-08-16 to 2025-08-20']
		}
	];
	for (const c of cases) {
		it(`describeFilters() says ${c.expected.join('; ')}`, () =>
			expect(describeFilters({ ...NO_FILTERS, ...c.filters }, timeline)).toEqual(c.expected));
	}
});

describe('describeFilters() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const timeline = {
		actors: [{ id: 'trump', name: 'Donald Trump' }],
		affiliations: [{ id: 'ru', name: 'Russia' }],
		sources: [{ id: 'nm', publisher: 'Newsmax' }],
		mainSource: 'nm'
	} as unknown as Timeline;
	// the labels come from the words' own catalog, in lower case within a phrase (German nouns keep theirs)
	const lower = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);
	const cases: {
		language: string;
		filters: Partial<Filters>;
		expected: () => string[];
	}[] = [
		{ language: 'fr', filters: { actors: ['trump'] }, expected: () => ['avec Donald Trump'] },
		{
			language: 'fr',
			filters: { sides: ['ru'], role: 'speaker' },
			expected: () => ['propos de Russia (tous ses acteurs)']
		},
		{
			language: 'fr',
			filters: { from: '2025-08-16', to: '2025-08-20', query: 'troupes' },
			expected: () => ['du 2025-08-16 au 2025-08-20', 'contenant «\u00a0troupes\u00a0»']
		},
		{
			language: 'fr',
			filters: { kinds: ['call'], inSourceOnly: true },
			expected: () => [
				`type\u00a0: ${lower(KIND_WORDS.call)}`,
				'uniquement les événements rapportés par la source principale (Newsmax)'
			]
		},
		{ language: 'uk', filters: { actors: ['trump'] }, expected: () => ['за участі: Donald Trump'] },
		{ language: 'uk', filters: { to: '2025-08-20' }, expected: () => ['по 2025-08-20 включно'] },
		{
			language: 'uk',
			filters: { statuses: ['did-not-happen'], query: 'війська' },
			expected: () => [`статус: ${lower(STATUS_LABELS['did-not-happen'])}`, 'зі словами «війська»']
		},
		{
			language: 'de',
			filters: { kinds: ['call'], from: '2025-08-16' },
			expected: () => ['ab 2025-08-16', `Art: ${KIND_WORDS.call}`]
		},
		{ language: 'de', filters: { query: 'Truppen' }, expected: () => ['mit „Truppen“'] },
		{
			language: 'de',
			filters: { statuses: ['did-not-happen'] },
			expected: () => [`Status: ${lower(STATUS_LABELS['did-not-happen'])}`]
		}
	];
	for (const c of cases) {
		it(`describeFilters() in ${c.language} says ${JSON.stringify(c.filters)}`, () => {
			useLanguage(c.language);
			expect(describeFilters({ ...NO_FILTERS, ...c.filters }, timeline)).toEqual(c.expected());
		});
	}
});
