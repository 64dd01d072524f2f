import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import {
	describeFilters,
	filtersToQuery,
	matchesFilters,
	NO_FILTERS,
	parseFilters,
	type Filters
} from './filters';

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
