import { afterEach, describe, expect, it } from 'vitest';
import type { EventDate } from '$lib/data/schema';
import { useLanguage } from '$lib/i18n/locale';
import { describePrecision, KIND_WORDS, listText, sentence, STATUS_LABELS } from './words';

const zone = 'UTC';
const basis = 'test';

describe('describePrecision()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'a single minute',
			date: { start: { value: '2025-08-15T11:26', precision: 'minute' }, zone, basis },
			expected: 'to the minute'
		},
		{
			name: 'an uncertain day',
			date: { start: { value: '2025-08-16', precision: 'day', uncertain: true }, zone, basis },
			expected: 'to the day, uncertain'
		},
		{
			name: 'a range with the same precision at both ends',
			date: {
				start: { value: '2025-08-11', precision: 'day' },
				end: { value: '2025-08-14', precision: 'day' },
				zone,
				basis
			},
			expected: 'to the day'
		},
		{
			name: 'a range with an approximate end',
			date: {
				start: { value: '2025-08-15T11:26', precision: 'minute' },
				end: { value: '2025-08-15T14:30', precision: 'minute', approximate: true },
				zone,
				basis
			},
			expected: 'start to the minute; end to the minute, approximate'
		},
		{
			name: 'one moment within a range',
			date: {
				start: { value: '2025-08-11', precision: 'day' },
				end: { value: '2025-08', precision: 'month' },
				within: true,
				zone,
				basis
			},
			expected: 'a single moment somewhere in the range; start to the day; end to the month'
		}
	];
	for (const c of cases) {
		it(`describePrecision() words ${c.name}`, () =>
			expect(describePrecision(c.date)).toBe(c.expected));
	}
});

describe('sentence()', () => {
	const cases: { name: string; text: string; expected: string }[] = [
		{ name: 'adds a full stop', text: 'Anchorage', expected: 'Anchorage.' },
		{ name: 'ignores trailing spaces', text: 'Moscow  ', expected: 'Moscow.' },
		{ name: 'ends a text that ends in a bracket', text: 'Alaska (USA)', expected: 'Alaska (USA).' }
	];
	for (const c of cases) {
		it(`sentence() ${c.name}`, () => expect(sentence(c.text)).toBe(c.expected));
	}

	// a text that already ends like a sentence comes back as it is
	const finished: [name: string, text: string][] = [
		['keeps the full stop of an abbreviation', 'The White House, Washington, D.C.'],
		['keeps a question mark', 'Peace in our time?'],
		['keeps an exclamation mark', 'Deal!'],
		['keeps an ellipsis character', 'and then…'],
		['keeps three dots', 'and then...'],
		['looks past a closing quotation mark', 'He said “we are close.”']
	];
	for (const [name, text] of finished) {
		it(`sentence() ${name}`, () => expect(sentence(text)).toBe(text));
	}
});

describe('words in the language in force', () => {
	afterEach(() => useLanguage('en'));
	const date: EventDate = {
		start: { value: '2025-08-16', precision: 'day', approximate: true },
		end: { value: '2025-08', precision: 'month' },
		within: true,
		zone,
		basis
	};
	const cases = [
		{
			tag: 'en',
			kind: 'Phone call',
			status: 'Did not happen',
			precision:
				'a single moment somewhere in the range; start to the day, approximate; end to the month',
			list: 'Kyiv, Paris and Berlin'
		},
		{
			tag: 'fr',
			kind: 'Appel téléphonique',
			status: 'N’a pas eu lieu',
			precision:
				'un seul moment quelque part dans l’intervalle\u202f; début au jour près, approximatif\u202f; fin au mois près',
			list: 'Kyiv, Paris et Berlin'
		},
		{
			tag: 'uk',
			kind: 'Телефонна розмова',
			status: 'Не відбулося',
			precision:
				'одна мить десь у цьому проміжку; початок з точністю до дня, приблизно; кінець з точністю до місяця',
			list: 'Kyiv, Paris і Berlin'
		},
		{
			tag: 'de-AT',
			kind: 'Telefonat',
			status: 'Nicht stattgefunden',
			precision:
				'ein einziger Zeitpunkt irgendwo im Zeitraum; Beginn auf den Tag genau, ungefähr; Ende auf den Monat genau',
			list: 'Kyiv, Paris und Berlin'
		}
	];
	it.each(cases)('KIND_WORDS, STATUS_LABELS, describePrecision() and listText() in $tag', (c) => {
		useLanguage(c.tag);
		expect(KIND_WORDS.call).toBe(c.kind);
		expect(STATUS_LABELS['did-not-happen']).toBe(c.status);
		expect(describePrecision(date)).toBe(c.precision);
		expect(listText(['Kyiv', 'Paris', 'Berlin'])).toBe(c.list);
	});
});
