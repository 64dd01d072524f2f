import { describe, expect, it } from 'vitest';
import type { Obj } from './context';
import type { List } from './ids';
import { checkLinks, checkParticipants } from './references';
import { problems, refsOf } from './spec-helpers';

const ROOT: Obj = {
	actors: [{ id: 'trump' }, { id: 'putin' }],
	places: [],
	affiliations: Array.from({ length: 9 }, (_, i) => ({ id: `party-${i}` })),
	events: [{ id: 'summit', aliases: ['meeting'] }, { id: 'talks' }]
};

describe('referenceChecker', () => {
	const rows: [rule: string, value: unknown, list: List, named: boolean, expected: string[]][] = [
		['an id of the list', 'trump', 'actors', true, []],
		['a value that is no slug is the schema to report', 'Trump!', 'actors', false, []],
		[
			'an unknown id, with the ids of a short list and a likely typo',
			'trunp',
			'actors',
			false,
			[
				'x: "trunp" is not the id of any actor; expected one of trump, putin (did you mean "trump"?)'
			]
		],
		[
			'an id in an empty list',
			'anchorage',
			'places',
			false,
			['x: "anchorage" is not the id of any place; expected an id from places, which has none']
		],
		[
			'an unknown id in a long list',
			'party-x',
			'affiliations',
			false,
			[
				'x: "party-x" is not the id of any affiliation; expected the id of an entry in affiliations (did you mean "party-0"?)'
			]
		],
		[
			"an event's former id",
			'meeting',
			'events',
			false,
			['x: "meeting" is a former id of event "summit"; expected its current id "summit"']
		]
	];
	it.each(rows)('%s', (_rule, value, list, named, expected) => {
		let result: boolean | undefined;
		const out = problems((ctx) => (result = refsOf(ROOT, ctx)(['x'], value, list)));
		expect(out).toEqual(expected);
		expect(result).toBe(named);
	});
});

/** Runs an event check over the first event of ROOT with `more` in it. */
const onEvent =
	(check: typeof checkLinks) =>
	(more: Obj): string[] =>
		problems((ctx) =>
			check(ctx, refsOf(ROOT, ctx), { id: 'summit', aliases: ['meeting'], ...more }, ['events', 0])
		);

describe('checkParticipants', () => {
	const rows: [rule: string, participants: Obj[], expected: string[]][] = [
		[
			'each actor once per role',
			[
				{ actor: 'trump', role: 'host' },
				{ actor: 'trump', role: 'speaker' },
				{ actor: 'putin', role: 'host' }
			],
			[]
		],
		[
			'an actor twice in one role',
			[
				{ actor: 'trump', role: 'host' },
				{ actor: 'trump', role: 'host' }
			],
			[
				'events[0].participants[1].actor: "trump" is already listed as host; expected each actor once per role'
			]
		],
		[
			'an unknown actor',
			[{ actor: 'biden', role: 'host' }],
			[
				'events[0].participants[0].actor: "biden" is not the id of any actor; expected one of trump, putin'
			]
		]
	];
	it.each(rows)('%s', (_rule, participants, expected) => {
		expect(onEvent(checkParticipants)({ participants })).toEqual(expected);
	});
});

describe('checkLinks', () => {
	const rows: [rule: string, links: Obj[], expected: string[]][] = [
		[
			'links to other events, one per type',
			[
				{ type: 'follows', target: 'talks' },
				{ type: 'precedes', target: 'talks' }
			],
			[]
		],
		[
			'a link to the event itself, by its id or a former id',
			[
				{ type: 'follows', target: 'summit' },
				{ type: 'follows', target: 'meeting' }
			],
			[
				'events[0].links[0].target: "summit" is this event; expected another event\'s id',
				'events[0].links[1].target: "meeting" is this event; expected another event\'s id'
			]
		],
		[
			'a link to no event',
			[{ type: 'follows', target: 'talk' }],
			[
				'events[0].links[0].target: "talk" is not the id of any event; expected one of summit, talks (did you mean "talks"?)'
			]
		],
		[
			'the same link twice',
			[
				{ type: 'follows', target: 'talks' },
				{ type: 'follows', target: 'talks' }
			],
			[
				'events[0].links[1].target: repeats an earlier follows link to "talks"; expected each link once'
			]
		]
	];
	it.each(rows)('%s', (_rule, links, expected) => {
		expect(onEvent(checkLinks)({ links })).toEqual(expected);
	});
});
