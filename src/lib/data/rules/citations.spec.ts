import { describe, expect, it } from 'vitest';
import { checkClaims, checkEvidence, checkHops, undeclaredEllipsis } from './citations';
import type { Obj, RuleContext } from './context';
import { checkIds } from './ids';
import { problems, quiet, refsOf } from './spec-helpers';

const ROOT: Obj = {
	mainSource: 'tass',
	sources: [{ id: 'tass' }, { id: 'ap' }],
	actors: [{ id: 'peskov' }]
};
const SHORTENED = (e: string) =>
	`contains an ellipsis ("${e}") but no note says the quote is shortened; expected the words in full, or a note that says "shortened" (and what was left out), or "ellipsis in the original"`;
const UNKNOWN_SOURCE = (path: string, id: string) =>
	`${path}: "${id}" is not the id of any source; expected one of tass, ap`;

describe('undeclaredEllipsis', () => {
	const rows: [quote: unknown, note: unknown, expected: string | null][] = [
		['Words in full.', undefined, null],
		[undefined, undefined, null],
		['We agreed … to meet.', undefined, SHORTENED('…')],
		['We agreed ... to meet.', 'an aside', SHORTENED('...')],
		['We agreed … to meet.', 'Shortened: an aside left out', null],
		['We agreed … to meet.', 'ellipsis in the original', null]
	];
	it.each(rows)('%j with note %j', (quote, note, expected) => {
		expect(undeclaredEllipsis(quote, note)).toBe(expected);
	});
});

/** The problems of an event check, and the source ids it cited. */
function run(check: (ctx: RuleContext, cited: Set<unknown>) => void) {
	const cited = new Set<unknown>();
	const out = problems((ctx) => check(ctx, cited));
	return { out, cited };
}

describe('checkEvidence', () => {
	const evidence = (...ids: unknown[]) => ids.map((source) => ({ source }));
	const rows: [rule: string, root: Obj, event: Obj, expected: string[]][] = [
		[
			'evidence from the main source, in source',
			ROOT,
			{ inSource: true, evidence: evidence('tass', 'ap') },
			[]
		],
		[
			'evidence from elsewhere, not in source',
			ROOT,
			{ inSource: false, evidence: evidence('ap', 'tass') },
			[]
		],
		[
			'an unknown source, and a shortened quote with no note',
			ROOT,
			{ evidence: [{ source: 'reuters', quote: 'Yes…' }] },
			[
				UNKNOWN_SOURCE('events[0].evidence[0].source', 'reuters'),
				`events[0].evidence[0].quote: ${SHORTENED('…')}`
			]
		],
		[
			'in source, with no mainSource',
			{ sources: [{ id: 'ap' }] },
			{ inSource: true, evidence: evidence('ap') },
			[
				'events[0].inSource: is true but the timeline has no mainSource; expected a mainSource naming the source that reports this event, or no inSource'
			]
		],
		[
			'in source, with no evidence from it',
			ROOT,
			{ inSource: true, evidence: evidence('ap') },
			[
				'events[0].inSource: is true but no evidence cites the main source "tass"; expected evidence from it, or inSource false'
			]
		],
		[
			'not in source, with all evidence from it',
			ROOT,
			{ inSource: false, evidence: evidence('tass', 'tass') },
			[
				'events[0].inSource: is false but all evidence comes from the main source "tass"; expected inSource true, or evidence from the sources that add this context'
			]
		]
	];
	it.each(rows)('%s', (_rule, root, event, expected) => {
		const ids = checkIds(quiet, root);
		const { out, cited } = run((ctx, cited) =>
			checkEvidence(ctx, { ref: refsOf(root, ctx), cited }, root, ids.sources, event, ['events', 0])
		);
		expect(out).toEqual(expected);
		expect(cited).toEqual(new Set((event.evidence as Obj[]).map((e) => e.source)));
	});
});

describe('checkHops', () => {
	const rows: [rule: string, hops: Obj[], expected: string[]][] = [
		[
			'an actor, a source, a label',
			[{ actor: 'peskov' }, { source: 'ap' }, { label: 'a diplomat' }],
			[]
		],
		[
			'a hop that names nobody, and one that names no actor',
			[{}, { actor: 'lavrov' }],
			[
				'events[0].attribution[0]: names nobody; expected an actor, a source or a label saying who passed the word on',
				'events[0].attribution[1].actor: "lavrov" is not the id of any actor; expected one of peskov'
			]
		]
	];
	it.each(rows)('%s', (_rule, hops, expected) => {
		const { out, cited } = run((ctx, cited) =>
			checkHops(ctx, { ref: refsOf(ROOT, ctx), cited }, hops, ['events', 0, 'attribution'])
		);
		expect(out).toEqual(expected);
		expect(cited).toEqual(new Set(hops.map((h) => h.source)));
	});
});

describe('checkClaims', () => {
	const rows: [rule: string, claims: Obj[], expected: string[]][] = [
		['a quote with its source', [{ speaker: 'peskov', source: 'tass', quote: 'Yes.' }], []],
		[
			'an unknown speaker and source, a shortened quote, and an unknown source along its attribution',
			[{ speaker: 'lavrov', source: 'rt', quote: 'Yes...', attribution: [{ source: 'rt' }] }],
			[
				'events[0].claims[0].speaker: "lavrov" is not the id of any actor; expected one of peskov',
				UNKNOWN_SOURCE('events[0].claims[0].source', 'rt'),
				`events[0].claims[0].quote: ${SHORTENED('...')}`,
				UNKNOWN_SOURCE('events[0].claims[0].attribution[0].source', 'rt')
			]
		],
		[
			'a quote with no source',
			[{ speaker: 'peskov', quote: 'Yes.' }],
			[
				'events[0].claims[0].source: is missing while the claim has a quote; expected the id of the source that carries the quote'
			]
		]
	];
	it.each(rows)('%s', (_rule, claims, expected) => {
		const { out } = run((ctx, cited) =>
			checkClaims(ctx, { ref: refsOf(ROOT, ctx), cited }, { claims }, ['events', 0])
		);
		expect(out).toEqual(expected);
	});
});
