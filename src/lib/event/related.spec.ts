import { describe, expect, it } from 'vitest';
import type { EventLink, TimelineEvent } from '$lib/data/schema';
import { relatedEvents } from './related';

const ev = (id: string, links: EventLink[] = []) =>
	({ id, title: `Title ${id}`, links }) as unknown as TimelineEvent;

describe('relatedEvents()', () => {
	const cases: {
		name: string;
		events: TimelineEvent[];
		of: string;
		expected: [string, string | null, string, string][];
	}[] = [
		{ name: 'no links', events: [ev('a'), ev('b')], of: 'a', expected: [] },
		{
			name: 'outgoing links in data order',
			events: [
				ev('a', [
					{ type: 'partOf', target: 'c' },
					{ type: 'follows', target: 'b' }
				]),
				ev('b'),
				ev('c')
			],
			of: 'a',
			expected: [
				['c', 'Title c', 'out', 'Part of'],
				['b', 'Title b', 'out', 'Follows']
			]
		},
		{
			name: 'incoming links, worded from this end',
			events: [
				ev('a'),
				ev('b', [{ type: 'outcomeOf', target: 'a' }]),
				ev('c', [{ type: 'follows', target: 'a' }])
			],
			of: 'a',
			expected: [
				['b', 'Title b', 'in', 'Led to'],
				['c', 'Title c', 'in', 'Followed by']
			]
		},
		{
			name: 'an incoming link that repeats an outgoing one, once',
			events: [
				ev('a', [{ type: 'precedes', target: 'b' }]),
				ev('b', [{ type: 'follows', target: 'a' }])
			],
			of: 'a',
			expected: [['b', 'Title b', 'out', 'Precedes']]
		},
		{
			name: 'a link to a missing event, with no title instead of a crash',
			events: [ev('a', [{ type: 'respondsTo', target: 'gone' }])],
			of: 'a',
			expected: [['gone', null, 'out', 'Responds to']]
		}
	];
	for (const c of cases) {
		it(`relatedEvents() lists ${c.name}`, () => {
			const event = c.events.find((e) => e.id === c.of)!;
			const got = relatedEvents({ events: c.events }, event).map((r) => [
				r.id,
				r.title,
				r.direction,
				r.label
			]);
			expect(got).toEqual(c.expected);
		});
	}
	it('relatedEvents() keeps the note', () => {
		const events = [ev('a', [{ type: 'follows', target: 'b', note: 'the next day' }]), ev('b')];
		expect(relatedEvents({ events }, events[0]!)[0]?.note).toBe('the next day');
	});
});
