import { describe, expect, it } from 'vitest';
import type { EventDate, Timeline, TimelineEvent } from '$lib/data/schema';
import { hasFilters, matchesFilters, NO_FILTERS, type Filters } from '$lib/filters/filters';
import { sortByDate } from '$lib/time/dates';
import { neighbours, sequenceEntry, windowAround, type SequenceEntry } from './sequence';

const date = (value: string, precision: 'day' | 'minute' = 'day', zone = 'UTC'): EventDate => ({
	start: { value, precision },
	zone,
	basis: 'test'
});

function ev(id: string, d: EventDate, kind: TimelineEvent['kind'] = 'meeting'): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		kind,
		summary: 's',
		status: 'occurred',
		date: d,
		participants: [{ actor: 'trump', role: 'participant' }],
		evidence: [{ source: 'src', quote: `quote ${id}` }],
		attribution: [],
		claims: [],
		links: [],
		inSource: true,
		aliases: []
	};
}

describe('sortByDate()', () => {
	const cases: { name: string; events: TimelineEvent[]; expected: string[] }[] = [
		{
			name: 'sorts by start',
			events: [ev('b', date('2025-08-16')), ev('a', date('2025-08-15'))],
			expected: ['a', 'b']
		},
		{
			name: 'compares real time across zones (Moscow morning is before New York morning)',
			events: [
				ev('ny', date('2025-08-15T09:00', 'minute', 'America/New_York')),
				ev('msk', date('2025-08-15T09:00', 'minute', 'Europe/Moscow'))
			],
			expected: ['msk', 'ny']
		},
		{
			name: 'keeps file order for the same span',
			events: [ev('x', date('2025-08-15')), ev('y', date('2025-08-15'))],
			expected: ['x', 'y']
		},
		{
			name: 'puts the shorter span first when starts tie',
			events: [ev('day', date('2025-08-15')), ev('minute', date('2025-08-15T00:00', 'minute'))],
			expected: ['minute', 'day']
		}
	];
	for (const c of cases) {
		it(`sortByDate() ${c.name}`, () =>
			expect(sortByDate(c.events).map((e) => e.id)).toEqual(c.expected));
	}
});

describe('neighbours()', () => {
	const events = [
		ev('a', date('2025-08-10'), 'call'),
		ev('b', date('2025-08-11'), 'meeting'),
		ev('c', date('2025-08-12'), 'call'),
		ev('d', date('2025-08-13'), 'meeting'),
		ev('e', date('2025-08-14'), 'call')
	].map((e) => sequenceEntry(e));
	const calls: Filters = { ...NO_FILTERS, kinds: ['call'] };
	const cases: {
		name: string;
		id: string;
		filters: Filters;
		expected: [string | undefined, string | undefined, number | null, number];
	}[] = [
		{
			name: 'the adjacent events without filters',
			id: 'c',
			filters: NO_FILTERS,
			expected: ['b', 'd', 3, 5]
		},
		{
			name: 'no previous event for the first',
			id: 'a',
			filters: NO_FILTERS,
			expected: [undefined, 'b', 1, 5]
		},
		{
			name: 'no next event for the last',
			id: 'e',
			filters: NO_FILTERS,
			expected: ['d', undefined, 5, 5]
		},
		{ name: 'skips events the filters hide', id: 'c', filters: calls, expected: ['a', 'e', 2, 3] },
		{
			name: 'neighbours around an event the filters hide',
			id: 'b',
			filters: calls,
			expected: ['a', 'c', null, 3]
		},
		{
			name: 'nothing for an unknown id',
			id: 'zz',
			filters: NO_FILTERS,
			expected: [undefined, undefined, null, 5]
		}
	];
	for (const c of cases) {
		it(`neighbours() finds ${c.name}`, () => {
			const passes = hasFilters(c.filters)
				? (e: SequenceEntry) => matchesFilters(e, c.filters)
				: undefined;
			const n = neighbours(events, c.id, passes);
			expect([n.previous?.id, n.next?.id, n.position, n.total]).toEqual(c.expected);
		});
	}
});

describe('windowAround()', () => {
	const list = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
	const cases: { name: string; id: string; radius: number; expected: string[] }[] = [
		{ name: 'the middle', id: 'c', radius: 1, expected: ['b', 'c', 'd'] },
		{ name: 'the start, clipped', id: 'a', radius: 2, expected: ['a', 'b', 'c'] },
		{ name: 'the end, clipped', id: 'e', radius: 1, expected: ['d', 'e'] },
		{ name: 'an unknown id', id: 'x', radius: 1, expected: [] }
	];
	for (const c of cases) {
		it(`windowAround() takes ${c.name}`, () =>
			expect(windowAround(list, c.id, c.radius).map((e) => e.id)).toEqual(c.expected));
	}
});

describe('sequenceEntry()', () => {
	it('sequenceEntry() keeps only what listing and filtering need', () => {
		const entry = sequenceEntry(ev('a', date('2025-08-15T11:26', 'minute')), {
			actors: [{ id: 'trump', affiliation: 'us' }]
		} as unknown as Pick<Timeline, 'actors'>);
		expect(entry).toEqual({
			id: 'a',
			title: 'Event a',
			when: 'Fri 15 Aug 2025, 11:26',
			summary: 's',
			kind: 'meeting',
			status: 'occurred',
			inSource: true,
			participants: [{ actor: 'trump', role: 'participant' }],
			evidence: [{ quote: 'quote a' }],
			claims: [],
			days: [Date.UTC(2025, 7, 15) / 86_400_000, Date.UTC(2025, 7, 15) / 86_400_000],
			sides: { trump: 'us' }
		});
	});
});
