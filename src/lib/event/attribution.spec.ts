import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { AttributionHop, Claim } from '$lib/data/schema';
import { attributionText, claimSentence, hopName, hopPhrase, type People } from './attribution';

const people = {
	actors: [
		{
			id: 'trump',
			name: 'Donald Trump',
			kind: 'person',
			affiliation: 'us',
			zone: 'America/New_York'
		},
		{
			id: 'peskov',
			name: 'Dmitry Peskov',
			kind: 'person',
			affiliation: 'ru',
			zone: 'Europe/Moscow'
		}
	],
	sources: [
		{
			id: 'wsj',
			publisher: 'The Wall Street Journal',
			title: 't',
			published: { value: '2025-08-16', precision: 'day' }
		},
		{ id: 'tass', publisher: 'TASS', title: 't', published: { value: '2025', precision: 'year' } }
	]
} as People;

describe('hopName()', () => {
	const cases: { name: string; hop: AttributionHop; expected: string }[] = [
		{
			name: 'a label',
			hop: { label: 'four European officials', relation: 'relayed' },
			expected: 'four European officials'
		},
		{ name: 'an actor', hop: { actor: 'trump', relation: 'said' }, expected: 'Donald Trump' },
		{
			name: 'a source',
			hop: { source: 'wsj', relation: 'reported' },
			expected: 'The Wall Street Journal'
		},
		{
			name: 'an actor in a source',
			hop: { actor: 'peskov', source: 'tass', relation: 'told' },
			expected: 'Dmitry Peskov (TASS)'
		},
		{
			name: 'an anonymous hop with no name',
			hop: { relation: 'relayed', anonymous: true },
			expected: 'an unnamed source'
		},
		{
			name: 'an unknown actor id, kept as is',
			hop: { actor: 'nobody', relation: 'said' },
			expected: 'nobody'
		}
	];
	for (const c of cases)
		it(`hopName() names ${c.name}`, () => expect(hopName(c.hop, people)).toBe(c.expected));
});

describe('attributionText()', () => {
	const cases: { name: string; hops: AttributionHop[]; speaker?: string; expected: string }[] = [
		{ name: 'an empty chain', hops: [], expected: '' },
		{
			name: 'a chain from speaker to publication, leaving out the speaker',
			hops: [
				{ actor: 'trump', relation: 'told' },
				{ label: 'four European officials', relation: 'relayed', anonymous: true },
				{ source: 'wsj', relation: 'reported' }
			],
			speaker: 'trump',
			expected: 'per four European officials, per The Wall Street Journal'
		},
		{
			name: 'a chain that starts with someone other than the speaker',
			hops: [{ actor: 'trump', relation: 'said' }],
			speaker: 'peskov',
			expected: 'per Donald Trump'
		},
		{
			name: 'a confirmation',
			hops: [
				{ source: 'wsj', relation: 'reported' },
				{ actor: 'peskov', relation: 'confirmed' }
			],
			expected: 'per The Wall Street Journal, confirmed by Dmitry Peskov'
		}
	];
	for (const c of cases) {
		it(`attributionText() words ${c.name}`, () =>
			expect(attributionText(c.hops, people, c.speaker)).toBe(c.expected));
	}
});

describe('claimSentence()', () => {
	const claim = (
		attribution: AttributionHop[],
		proposition = 'Putin accepted Western troops'
	): Claim => ({
		id: 'c',
		speaker: 'trump',
		proposition,
		attribution,
		status: 'contested'
	});
	const cases: { name: string; claim: Claim; expected: string }[] = [
		{
			name: 'a relayed claim with its chain',
			claim: claim([
				{ actor: 'trump', relation: 'said' },
				{ label: 'four European officials', relation: 'relayed', anonymous: true },
				{ source: 'wsj', relation: 'reported' }
			]),
			expected:
				'Donald Trump says Putin accepted Western troops — per four European officials, per The Wall Street Journal'
		},
		{
			name: 'a claim with no chain',
			claim: claim([]),
			expected: 'Donald Trump says Putin accepted Western troops'
		},
		{
			name: 'a proposition ending in a full stop',
			claim: claim([], 'a deal is close.'),
			expected: 'Donald Trump says a deal is close'
		}
	];
	for (const c of cases)
		it(`claimSentence() writes ${c.name}`, () =>
			expect(claimSentence(c.claim, people)).toBe(c.expected));
});

describe('attribution in other languages', () => {
	afterEach(() => useLanguage('en'));
	const chain: AttributionHop[] = [
		{ actor: 'trump', relation: 'told' },
		{ label: 'four European officials', relation: 'relayed', anonymous: true },
		{ source: 'wsj', relation: 'reported' }
	];
	const claim: Claim = {
		id: 'c',
		speaker: 'trump',
		proposition: 'Putin accepted Western troops.',
		attribution: chain,
		status: 'contested'
	};
	const cases: { lang: string; name: string; run: () => string; expected: string }[] = [
		{
			lang: 'fr',
			name: 'hopName() an anonymous hop',
			run: () => hopName({ relation: 'relayed', anonymous: true }, people),
			expected: 'une source anonyme'
		},
		{
			lang: 'uk',
			name: 'hopName() an unidentified hop',
			run: () => hopName({ relation: 'relayed' }, people),
			expected: 'неустановлене джерело'
		},
		{
			lang: 'fr',
			name: 'hopPhrase() a confirmation',
			run: () => hopPhrase({ actor: 'peskov', relation: 'confirmed' }, people),
			expected: 'confirmé par Dmitry Peskov'
		},
		{
			lang: 'uk',
			name: 'hopPhrase() a confirmation',
			run: () => hopPhrase({ actor: 'peskov', relation: 'confirmed' }, people),
			expected: 'підтверджено: Dmitry Peskov'
		},
		{
			lang: 'fr',
			name: 'attributionText() a chain',
			run: () => attributionText(chain, people, 'trump'),
			expected: 'selon four European officials, selon The Wall Street Journal'
		},
		{
			lang: 'uk',
			name: 'attributionText() a chain',
			run: () => attributionText(chain, people, 'trump'),
			expected: 'за даними: four European officials, за даними: The Wall Street Journal'
		},
		{
			lang: 'de',
			name: 'attributionText() a chain',
			run: () => attributionText(chain, people, 'trump'),
			expected: 'laut four European officials, laut The Wall Street Journal'
		},
		{
			lang: 'fr',
			name: 'claimSentence() a claim with its chain',
			run: () => claimSentence(claim, people),
			expected:
				'Donald Trump affirme\u00a0: Putin accepted Western troops — selon four European officials, selon The Wall Street Journal'
		},
		{
			lang: 'uk',
			name: 'claimSentence() a claim with no chain',
			run: () => claimSentence({ ...claim, attribution: [] }, people),
			expected: 'Donald Trump стверджує: Putin accepted Western troops'
		}
	];
	for (const c of cases)
		it(`${c.name} (${c.lang})`, () => {
			useLanguage(c.lang);
			expect(c.run()).toBe(c.expected);
		});
});
