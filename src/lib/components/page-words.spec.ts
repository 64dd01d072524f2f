import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { useLanguage } from '$lib/i18n/locale';

// the counts the timeline page, the index, the filters and the list say, in each language's plural forms
describe('event counts in words', () => {
	afterEach(() => useLanguage('en'));
	const cases: { language: string; count: number; expected: string }[] = [
		{ language: 'en', count: 1, expected: '1 event' },
		{ language: 'en', count: 21, expected: '21 events' },
		{ language: 'uk', count: 1, expected: '1 подія' },
		{ language: 'uk', count: 3, expected: '3 події' },
		{ language: 'uk', count: 5, expected: '5 подій' },
		{ language: 'uk', count: 21, expected: '21 подія' },
		{ language: 'uk', count: 112, expected: '112 подій' },
		{ language: 'fr', count: 1, expected: '1 événement' },
		{ language: 'fr', count: 21, expected: '21 événements' },
		{ language: 'de', count: 1, expected: '1 Ereignis' },
		{ language: 'de', count: 2, expected: '2 Ereignisse' }
	];
	for (const c of cases) {
		it(`page_event_count() in ${c.language} says ${c.expected}`, () => {
			useLanguage(c.language);
			expect(m.page_event_count({ count: c.count })).toBe(c.expected);
		});
	}
});

describe('filtered counts in words', () => {
	afterEach(() => useLanguage('en'));
	const cases: { language: string; shown: number; total: number; expected: string }[] = [
		{ language: 'en', shown: 2, total: 21, expected: '2 of 21 events' },
		{ language: 'uk', shown: 2, total: 21, expected: '2 з 21 події' },
		{ language: 'uk', shown: 2, total: 25, expected: '2 з 25 подій' },
		{ language: 'fr', shown: 2, total: 21, expected: '2 sur 21 événements' },
		{ language: 'de', shown: 2, total: 21, expected: '2 von 21 Ereignissen' }
	];
	for (const c of cases) {
		it(`page_filter_some_shown() in ${c.language} says ${c.expected}`, () => {
			useLanguage(c.language);
			expect(m.page_filter_some_shown({ shown: c.shown, total: c.total })).toBe(c.expected);
		});
	}
	it.each([
		['en', 21, 'All 21 events'],
		['uk', 21, 'Усього 21 подія'],
		['uk', 24, 'Усього 24 події'],
		['fr', 21, 'Tous les 21 événements'],
		['de', 21, 'Alle 21 Ereignisse']
	])('page_filter_all_shown() in %s of %i says %s', (language, count, expected) => {
		useLanguage(language);
		expect(m.page_filter_all_shown({ count })).toBe(expected);
	});
});
