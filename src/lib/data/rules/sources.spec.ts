import { describe, expect, it } from 'vitest';
import { checkSourceUrl, checkUncited } from './sources';
import { problems } from './spec-helpers';

describe('checkSourceUrl', () => {
	const at = (message: string) => `sources[0].url: ${message}`;
	const rows: [url: unknown, expected: string[]][] = [
		['https://example.com/story?id=1#top', []],
		[undefined, []],
		// the schema reports an address it refuses
		['example.com/story', []],
		[
			'https://example.com/2025/08/talks-in-alaska…',
			[
				at(
					'"https://example.com/2025/08/talks-in-alaska…" contains an ellipsis ("…"), so it is an address cut short; expected the full address'
				)
			]
		],
		[
			'https://example.com/a...b',
			[
				at(
					'"https://example.com/a...b" contains an ellipsis ("..."), so it is an address cut short; expected the full address'
				)
			]
		],
		[
			'https://example.com/a|b',
			[
				at(
					'"https://example.com/a|b" contains |, which an address must write as %7C; expected an address as a browser\'s address bar copies it'
				)
			]
		],
		[
			'https://trusted.example@evil.example/',
			[
				at(
					'"https://trusted.example@evil.example/" carries a user name or password before "@", which can disguise the real host; expected an address without one'
				)
			]
		],
		[
			'http://:80/',
			[
				at(
					'"http://:80/" is not a well-formed URL; expected an address such as https://example.com/story'
				)
			]
		]
	];
	it.each(rows)('%s', (url, expected) => {
		expect(problems((ctx) => checkSourceUrl(ctx, { url }, ['sources', 0]))).toEqual(expected);
	});
});

describe('checkUncited', () => {
	const sources = new Map([
		['tass', ['sources', 0, 'id']],
		['ap', ['sources', 1, 'id']]
	]);
	const rows: [cited: unknown[], expected: string[]][] = [
		[['tass', 'ap', undefined], []],
		[
			['tass'],
			[
				'sources[1].id: "ap" is listed but nothing cites it; expected evidence, a claim or an attribution that cites it, or no entry'
			]
		]
	];
	it.each(rows)('cited %j', (cited, expected) => {
		expect(problems((ctx) => checkUncited(ctx, sources, new Set(cited)))).toEqual(expected);
	});
});
