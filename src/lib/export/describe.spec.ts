import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { Participant } from '$lib/data/schema';
import { citation, indexTimeline, participantsText, roleWord } from './describe';
import { date, point, tinyTimeline } from './test-timeline';

afterEach(() => useLanguage('en'));

describe('roleWord()', () => {
	const cases: { lang: string; role: Participant['role']; expected: string }[] = [
		{ lang: 'en', role: 'host', expected: 'host' },
		{ lang: 'en', role: 'invitee', expected: 'invitee' },
		{ lang: 'en', role: 'subject', expected: 'subject' },
		{ lang: 'fr', role: 'host', expected: 'hôte' },
		{ lang: 'fr', role: 'mediator', expected: 'médiateur' },
		{ lang: 'uk', role: 'visitor', expected: 'гість' },
		{ lang: 'uk', role: 'signatory', expected: 'підписант' },
		{ lang: 'de', role: 'caller', expected: 'Anrufer' }
	];
	for (const c of cases) {
		it(`roleWord() says ${c.role} in ${c.lang} as ${c.expected}`, () => {
			useLanguage(c.lang);
			expect(roleWord(c.role)).toBe(c.expected);
		});
	}
});

describe('participantsText() and citation()', () => {
	const timeline = tinyTimeline([
		{
			id: 'e',
			date: date(point('2025-08-15', 'day')),
			participants: [
				{ actor: 'trump', role: 'host' },
				{ actor: 'putin', role: 'visitor' }
			]
		}
	]);
	const index = indexTimeline(timeline);
	const cases: { lang: string; participants: string; title: string }[] = [
		{
			lang: 'en',
			participants: 'Donald Trump (host), Vladimir Putin (visitor)',
			title: '“A title, with a comma”'
		},
		{
			lang: 'fr',
			participants: 'Donald Trump (hôte), Vladimir Putin (visiteur)',
			title: '«\u00a0A title, with a comma\u00a0»'
		},
		{
			lang: 'uk',
			participants: 'Donald Trump (приймаюча сторона), Vladimir Putin (гість)',
			title: '«A title, with a comma»'
		},
		{
			lang: 'de',
			participants: 'Donald Trump (Gastgeber), Vladimir Putin (Gast)',
			title: '„A title, with a comma“'
		}
	];
	for (const c of cases) {
		it(`participantsText() and citation() speak ${c.lang}; names and titles stay as written`, () => {
			useLanguage(c.lang);
			expect(participantsText(timeline.events[0]!, index)).toBe(c.participants);
			expect(citation(timeline.sources[0]!)).toContain(`Newsmax, ${c.title}, `);
		});
	}
});
