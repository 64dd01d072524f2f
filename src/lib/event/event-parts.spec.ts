import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { useLanguage } from '$lib/i18n/locale';
import EventPrevNext from './EventPrevNext.svelte';
import SourceCitation from './SourceCitation.svelte';
import type { SourceView } from './view';

/** The text a reader sees, without markup or Svelte's comments; no-break spaces are kept. */
const text = (html: string) =>
	html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/[ \t\n]+/g, ' ')
		.trim();

afterEach(() => useLanguage('en'));

describe('EventPrevNext', () => {
	const props = {
		timelineId: 't',
		eventId: 'x',
		previous: null,
		next: null,
		position: 3,
		total: 5,
		search: ''
	};
	const cases: { lang: string; expected: string }[] = [
		{ lang: 'en', expected: 'Event 3 of 5, in time order No earlier event No later event' },
		{
			lang: 'fr',
			expected:
				'Événement 3 sur 5, par ordre chronologique Aucun événement antérieur Aucun événement ultérieur'
		},
		{
			lang: 'uk',
			expected: 'Подія 3 з 5, у хронологічному порядку Раніших подій немає Пізніших подій немає'
		},
		{
			lang: 'de',
			expected:
				'Ereignis 3 von 5, in zeitlicher Reihenfolge Kein früheres Ereignis Kein späteres Ereignis'
		}
	];
	for (const c of cases)
		it(`EventPrevNext says where the event is (${c.lang})`, () => {
			useLanguage(c.lang);
			const html = render(EventPrevNext, { props }).body;
			expect(text(html)).toBe(c.expected);
			if (c.lang !== 'en') expect(html).not.toContain('Previous and next events');
		});
});

describe('SourceCitation', () => {
	const source: SourceView = {
		id: 'wire',
		publisher: 'TASS',
		title: 'Kremlin on the meeting',
		author: 'A. Reporter',
		published: '6 Aug 2025'
	};
	const cases: { lang: string; expected: string }[] = [
		{ lang: 'en', expected: 'TASS, “Kremlin on the meeting”, by A. Reporter, 6 Aug 2025' },
		{
			lang: 'fr',
			expected: 'TASS, «\u00a0Kremlin on the meeting\u00a0», par A. Reporter, 6 Aug 2025'
		},
		{ lang: 'uk', expected: 'TASS, «Kremlin on the meeting», автор: A. Reporter, 6 Aug 2025' },
		{ lang: 'de', expected: 'TASS, „Kremlin on the meeting“, von A. Reporter, 6 Aug 2025' }
	];
	for (const c of cases)
		it(`SourceCitation quotes a title without an address (${c.lang})`, () => {
			useLanguage(c.lang);
			expect(text(render(SourceCitation, { props: { source } }).body)).toBe(c.expected);
		});
});
