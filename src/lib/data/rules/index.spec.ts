import { describe, expect, it } from 'vitest';
import { checkRules } from './index';
import { problems } from './spec-helpers';

const day = (value: string) => ({ value, precision: 'day' });

describe('checkRules', () => {
	const rows: [rule: string, root: unknown, expectedId: string | undefined, expected: string[]][] =
		[
			['not an object: the schema reports it', [], 'talks', []],
			[
				'ids, then the timeline, then sources and actors, then each event in full, then citations',
				{
					id: 'summit',
					asOf: '2025-08-20',
					mainSource: 'tass',
					sources: [{ id: 'tass', url: 'https://a@b.example/' }, { id: 'ap' }, { id: 'ap' }],
					actors: [{ id: 'trump', affiliation: 'usa' }],
					events: [
						{
							id: 'e1',
							date: { start: day('2025-08-15'), zone: 'Mars/Olympus', basis: 'the article' },
							links: [{ type: 'follows', target: 'e1' }]
						},
						{
							id: 'e2',
							date: { start: day('2025-08-21'), zone: 'UTC', basis: 'the article' },
							status: 'occurred'
						}
					]
				},
				'talks',
				[
					'sources[2].id: "ap" is already the id of another source (line 7); expected a unique id',
					'id: "summit" differs from the file name; expected "talks" (a timeline file is named after its id)',
					'sources[0].url: "https://a@b.example/" carries a user name or password before "@", which can disguise the real host; expected an address without one',
					'actors[0].affiliation: "usa" is not the id of any affiliation; expected an id from affiliations, which has none',
					'events[0].date.zone: "Mars/Olympus" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage',
					'events[0].links[0].target: "e1" is this event; expected another event\'s id',
					'events[1].status: "occurred" contradicts a start after asOf 2025-08-20; expected scheduled or proposed for an event still to come (or a later asOf)',
					'sources[1].id: "ap" is listed but nothing cites it; expected evidence, a claim or an attribution that cites it, or no entry'
				]
			]
		];
	it.each(rows)('%s', (_rule, root, expectedId, expected) => {
		expect(problems((ctx) => checkRules(root, ctx, { expectedId }))).toEqual(expected);
	});
});
