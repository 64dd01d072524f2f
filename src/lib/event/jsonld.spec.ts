import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { DatePoint, EventStatus, Timeline, TimelineEvent } from '$lib/data/schema';
import { eventJsonLd, jsonLdScript, schemaDate } from './jsonld';

const timeline = {
	actors: [
		{
			id: 'trump',
			name: 'Donald Trump',
			kind: 'person',
			role: 'President of the United States',
			affiliation: 'us',
			zone: 'America/New_York',
			wikidata: 'Q22686'
		},
		{
			id: 'putin',
			name: 'Vladimir Putin',
			kind: 'person',
			affiliation: 'ru',
			zone: 'Europe/Moscow'
		},
		{
			id: 'kremlin',
			name: 'The Kremlin',
			kind: 'organisation',
			affiliation: 'ru',
			zone: 'Europe/Moscow'
		}
	],
	places: [
		{
			id: 'jber',
			name: 'Joint Base Elmendorf–Richardson',
			kind: 'venue',
			lat: 61.25,
			lon: -149.8,
			zone: 'America/Anchorage'
		},
		{ id: 'zoom', name: 'Video link', kind: 'online', zone: 'UTC' }
	],
	sources: [
		{
			id: 'nm',
			publisher: 'Newsmax',
			title: 'Trump tells Europeans',
			url: 'https://example.com/a',
			published: { value: '2025-08-16', precision: 'day', zone: 'America/New_York' }
		},
		{
			id: 'wsj',
			publisher: 'The Wall Street Journal',
			title: 'Putin accepted',
			published: { value: '2025-08-16T10:00', precision: 'minute', zone: 'America/New_York' }
		}
	]
} as unknown as Pick<Timeline, 'actors' | 'places' | 'sources'>;

const summit: TimelineEvent = {
	id: 'summit',
	title: 'Trump and Putin meet in Alaska',
	kind: 'summit',
	summary: 'Talks without a ceasefire.',
	status: 'occurred',
	date: {
		start: { value: '2025-08-15T11:26', precision: 'minute' },
		end: { value: '2025-08-15T14:30', precision: 'minute', approximate: true },
		zone: 'America/Anchorage',
		basis: 'test'
	},
	place: 'jber',
	participants: [
		{ actor: 'trump', role: 'host' },
		{ actor: 'putin', role: 'visitor' },
		{ actor: 'kremlin', role: 'subject' }
	],
	evidence: [
		{ source: 'nm', quote: 'a' },
		{ source: 'nm', quote: 'b' },
		{ source: 'wsj', quote: 'c' }
	],
	attribution: [],
	claims: [
		{
			id: 'c',
			speaker: 'trump',
			proposition: 'Putin accepted Western troops',
			source: 'wsj',
			attribution: [],
			status: 'contested'
		}
	],
	links: [],
	inSource: true,
	aliases: []
};
const url = 'https://example.org/t/events/summit/';

describe('schemaDate()', () => {
	const cases: { name: string; point: DatePoint; zone: string; expected: string }[] = [
		{
			name: 'a minute with its offset',
			point: { value: '2025-08-15T11:26', precision: 'minute' },
			zone: 'America/Anchorage',
			expected: '2025-08-15T11:26:00-08:00'
		},
		{
			name: 'an hour with its offset',
			point: { value: '2025-08-15T22', precision: 'hour' },
			zone: 'Europe/Moscow',
			expected: '2025-08-15T22:00:00+03:00'
		},
		{
			name: 'a part of day as its day',
			point: { value: '2025-08-16', precision: 'part-of-day', partOfDay: 'morning' },
			zone: 'UTC',
			expected: '2025-08-16'
		},
		{
			name: 'a day',
			point: { value: '2025-08-16', precision: 'day' },
			zone: 'UTC',
			expected: '2025-08-16'
		},
		{
			name: 'a week as its Monday',
			point: { value: '2025-W34', precision: 'week' },
			zone: 'UTC',
			expected: '2025-08-18'
		},
		{
			name: 'a month',
			point: { value: '2025-08', precision: 'month' },
			zone: 'UTC',
			expected: '2025-08'
		},
		{ name: 'a year', point: { value: '2025', precision: 'year' }, zone: 'UTC', expected: '2025' }
	];
	for (const c of cases)
		it(`schemaDate() writes ${c.name}`, () => expect(schemaDate(c.point, c.zone)).toBe(c.expected));
	it('schemaDate() ends a week on its Sunday', () =>
		expect(schemaDate({ value: '2025-W34', precision: 'week' }, 'Pacific/Auckland', 'end')).toBe(
			'2025-08-24'
		));
});

describe('eventJsonLd()', () => {
	const ld = eventJsonLd({ event: summit, timeline, url });
	it('eventJsonLd() describes an Event with its dates, status and page', () => {
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'Trump and Putin meet in Alaska',
			url,
			startDate: '2025-08-15T11:26:00-08:00',
			endDate: '2025-08-15T14:30:00-08:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode'
		});
	});
	it('eventJsonLd() gives the place with coordinates', () =>
		expect(ld.location).toEqual({
			'@type': 'Place',
			name: 'Joint Base Elmendorf–Richardson',
			geo: { '@type': 'GeoCoordinates', latitude: 61.25, longitude: -149.8 }
		}));
	it('eventJsonLd() lists attendees but not the subject, and the host as organizer', () => {
		expect(ld.attendee).toEqual([
			{
				'@type': 'Person',
				name: 'Donald Trump',
				jobTitle: 'President of the United States',
				sameAs: 'https://www.wikidata.org/wiki/Q22686'
			},
			{ '@type': 'Person', name: 'Vladimir Putin' }
		]);
		expect(ld.organizer).toEqual([expect.objectContaining({ name: 'Donald Trump' })]);
	});
	it('eventJsonLd() gives each evidence source once, as a NewsArticle, and claims as Claims', () => {
		const subjects = ld.subjectOf as Record<string, unknown>[];
		expect(subjects.map((s) => s['@type'])).toEqual(['NewsArticle', 'NewsArticle', 'Claim']);
		expect(subjects[0]).toEqual({
			'@type': 'NewsArticle',
			headline: 'Trump tells Europeans',
			publisher: { '@type': 'Organization', name: 'Newsmax' },
			datePublished: '2025-08-16',
			url: 'https://example.com/a'
		});
		expect(subjects[1]?.datePublished).toBe('2025-08-16T10:00:00-04:00');
		expect(subjects[2]).toMatchObject({
			text: 'Putin accepted Western troops',
			author: { name: 'Donald Trump' },
			appearance: { headline: 'Putin accepted' }
		});
	});

	const statuses: [EventStatus, string | undefined][] = [
		['occurred', 'https://schema.org/EventScheduled'],
		['scheduled', 'https://schema.org/EventScheduled'],
		['cancelled', 'https://schema.org/EventCancelled'],
		['did-not-happen', 'https://schema.org/EventCancelled'],
		['claimed', undefined],
		['proposed', undefined]
	];
	for (const [status, expected] of statuses) {
		it(`eventJsonLd() maps status ${status} to ${expected ?? 'no eventStatus'}`, () =>
			expect(eventJsonLd({ event: { ...summit, status }, timeline, url }).eventStatus).toBe(
				expected
			));
	}

	const locations: { name: string; event: TimelineEvent; expected: unknown; mode?: string }[] = [
		{
			name: 'a call without a place',
			event: { ...summit, kind: 'call', place: undefined },
			expected: { '@type': 'VirtualLocation', name: 'Telephone call' },
			mode: 'https://schema.org/OnlineEventAttendanceMode'
		},
		{
			name: 'an online place',
			event: { ...summit, place: 'zoom' },
			expected: { '@type': 'VirtualLocation', name: 'Video link' },
			mode: 'https://schema.org/OnlineEventAttendanceMode'
		},
		{
			name: 'a statement without a place',
			event: { ...summit, kind: 'statement', place: undefined },
			expected: undefined
		}
	];
	for (const c of locations) {
		it(`eventJsonLd() locates ${c.name}`, () => {
			const got = eventJsonLd({ event: c.event, timeline, url });
			expect(got.location).toEqual(c.expected);
			expect(got.eventAttendanceMode).toBe(c.mode);
		});
	}
	describe('in other languages', () => {
		afterEach(() => useLanguage('en'));
		// the names of places are readers' words; schema.org's types and URLs stay as they are
		const named: { lang: string; kind: TimelineEvent['kind']; expected: string }[] = [
			{ lang: 'fr', kind: 'call', expected: 'Appel téléphonique' },
			{ lang: 'fr', kind: 'videoconference', expected: 'Appel vidéo' },
			{ lang: 'uk', kind: 'call', expected: 'Телефонна розмова' },
			{ lang: 'uk', kind: 'videoconference', expected: 'Відеодзвінок' },
			{ lang: 'de', kind: 'call', expected: 'Telefonat' }
		];
		for (const c of named)
			it(`eventJsonLd() names a ${c.kind} without a place (${c.lang})`, () => {
				useLanguage(c.lang);
				const got = eventJsonLd({
					event: { ...summit, kind: c.kind, place: undefined },
					timeline,
					url
				});
				expect(got.location).toEqual({ '@type': 'VirtualLocation', name: c.expected });
				expect(got.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
			});
	});
	it('eventJsonLd() leaves out endDate for one moment within a range', () =>
		expect(
			eventJsonLd({ event: { ...summit, date: { ...summit.date, within: true } }, timeline, url })
				.endDate
		).toBeUndefined());
});

describe('jsonLdScript()', () => {
	it('jsonLdScript() escapes < so a title cannot close the script', () => {
		const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
	});
});
