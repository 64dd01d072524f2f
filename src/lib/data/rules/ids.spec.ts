import { describe, expect, it } from 'vitest';
import type { Obj } from './context';
import { checkFileName, checkIds } from './ids';
import { problems, quiet } from './spec-helpers';

const ev = (id: unknown, more: Obj = {}) => ({ id, ...more });

describe('checkIds', () => {
	const rows: [rule: string, root: Obj, expected: string[]][] = [
		[
			'unique ids in every list',
			{ sources: [{ id: 'a' }], actors: [{ id: 'a' }], events: [ev('a'), ev('b')] },
			[]
		],
		[
			'a source id written twice',
			{ sources: [{ id: 'a' }, { id: 'a' }] },
			['sources[1].id: "a" is already the id of another source (line 7); expected a unique id']
		],
		[
			'duplicates in affiliations, actors, places and events, in that order',
			{
				events: [ev('e'), ev('e')],
				places: [{ id: 'p' }, { id: 'p' }],
				actors: [{ id: 'x' }, { id: 'x' }],
				affiliations: [{ id: 'f' }, { id: 'f' }]
			},
			[
				'affiliations[1].id: "f" is already the id of another affiliation (line 7); expected a unique id',
				'actors[1].id: "x" is already the id of another actor (line 7); expected a unique id',
				'places[1].id: "p" is already the id of another place (line 7); expected a unique id',
				'events[1].id: "e" is already the id of another event (line 7); expected a unique id'
			]
		],
		[
			'an id that is no slug is the schema to report',
			{ sources: [{ id: 'A B' }, { id: 'A B' }, { id: 3 }, { id: 3 }] },
			[]
		],
		[
			'a claim id used in two events',
			{ events: [ev('a', { claims: [{ id: 'c' }] }), ev('b', { claims: [{ id: 'c' }] })] },
			[
				'events[1].claims[0].id: "c" is already the id of another claim (line 7); expected a unique id'
			]
		],
		['an alias that no event uses now', { events: [ev('a', { aliases: ['old-a'] })] }, []],
		[
			"an alias that is the event's own id",
			{ events: [ev('a', { aliases: ['a'] })] },
			['events[0].aliases[0]: "a" is this event\'s own id; expected only former ids']
		],
		[
			"an alias that is another event's id",
			{ events: [ev('a', { aliases: ['b'] }), ev('b')] },
			[
				'events[0].aliases[0]: "b" is the id of another event (line 7); expected a former id that no event uses now'
			]
		],
		[
			'an alias listed twice by one event',
			{ events: [ev('a', { aliases: ['old', 'old'] })] },
			['events[0].aliases[1]: "old" is listed twice; expected each former id once']
		],
		[
			'an alias of two events',
			{ events: [ev('a', { aliases: ['old'] }), ev('b', { aliases: ['old'] })] },
			[
				'events[1].aliases[0]: "old" is already an alias of event "a" (line 7); expected each former id to lead to one event'
			]
		]
	];
	it.each(rows)('%s', (_rule, root, expected) => {
		expect(problems((ctx) => checkIds(ctx, root))).toEqual(expected);
	});

	it('indexes each id where it was first written, and each alias with its event', () => {
		const ids = checkIds(quiet, {
			places: [{ id: 'p' }, { id: 'p' }],
			events: [ev('a', { aliases: ['old'] })]
		});
		expect([...ids.places]).toEqual([['p', ['places', 0, 'id']]]);
		expect([...ids.aliases]).toEqual([['old', { owner: 'a', path: ['events', 0, 'aliases', 0] }]]);
		expect(ids.sources.size).toBe(0);
	});
});

describe('checkFileName', () => {
	const rows: [rule: string, id: unknown, expectedId: string | undefined, expected: string[]][] = [
		['the id the file name asks for', 'talks', 'talks', []],
		['no file name to compare with', 'talks', undefined, []],
		['an id that is no slug is the schema to report', 'Talks', 'talks', []],
		[
			'an id that differs from the file name',
			'talks-2025',
			'talks',
			[
				'id: "talks-2025" differs from the file name; expected "talks" (a timeline file is named after its id)'
			]
		]
	];
	it.each(rows)('%s', (_rule, id, expectedId, expected) => {
		expect(problems((ctx) => checkFileName(ctx, { id }, expectedId))).toEqual(expected);
	});
});
