import { afterEach, describe, expect, it } from 'vitest';
import type { DatePoint, EventKind, TimelineEvent } from '$lib/data/schema';
import { date, fixtureTimeline, point, tinyTimeline } from '$lib/export/test-timeline';
import { useLanguage } from '$lib/i18n/locale';
import { zoneCity } from '$lib/time/format';
import { buildBriefing, briefingHeading, groupBriefing, isKeyEvent, kindWord } from './briefing';

describe('briefingHeading()', () => {
	// the labels of a range and a week used to name weekdays the date does not know
	const cases: { name: string; start: DatePoint; end?: DatePoint; expected: object }[] = [
		{
			name: 'files a timed event under its local day',
			start: point('2025-08-15T11:26', 'minute'),
			end: point('2025-08-15T14:30', 'minute'),
			expected: {
				key: '2025-08-15',
				label: 'Friday 15 August 2025',
				short: '15 Aug',
				dated: '15 Aug 2025',
				years: [2025, 2025]
			}
		},
		{
			name: 'gives a range of days one heading',
			start: point('2025-08-11', 'day'),
			end: point('2025-08-14', 'day'),
			expected: {
				key: '2025-08-11/2025-08-14',
				label: '11–14 August 2025',
				short: '11–14 Aug',
				dated: '11–14 Aug 2025'
			}
		},
		{
			name: 'names both months of a range across months',
			start: point('2025-08-30', 'day'),
			end: point('2025-09-02', 'day'),
			expected: { key: '2025-08-30/2025-09-02', short: '30 Aug–2 Sep' }
		},
		{
			name: 'files an event that ends on a later day, at a time, under its first day',
			start: point('2025-08-15', 'day'),
			end: point('2025-08-16T02:00', 'minute'),
			expected: { key: '2025-08-15' }
		},
		{
			name: 'names both years of a range across years, in its dated form',
			start: point('1815-12-10', 'day'),
			end: point('1852-11-27', 'day'),
			expected: {
				key: '1815-12-10/1852-11-27',
				short: '10 Dec–27 Nov',
				dated: '10 Dec 1815–27 Nov 1852',
				years: [1815, 1852]
			}
		},
		{
			name: 'names a week by its Monday',
			start: point('2025-W34', 'week'),
			expected: {
				key: '2025-W34',
				label: 'Week of 18 August 2025',
				short: 'wk 18 Aug',
				dated: 'wk 18 Aug 2025'
			}
		},
		{
			name: 'names a month',
			start: point('2025-10', 'month'),
			expected: { key: '2025-10', label: 'October 2025', short: 'Oct 2025', dated: 'Oct 2025' }
		},
		{
			name: 'names a year',
			start: point('2025', 'year'),
			expected: { key: '2025', label: '2025', short: '2025', dated: '2025' }
		}
	];
	for (const c of cases) {
		it(`briefingHeading() ${c.name}`, () =>
			expect(briefingHeading(date(c.start, c.end ? { end: c.end } : {}))).toMatchObject(
				c.expected
			));
	}
});

describe('groupBriefing()', () => {
	const briefing = buildBriefing(
		tinyTimeline([
			{ id: 'a', date: date(point('2025-08-15T11:26', 'minute')) },
			{ id: 'b', date: date(point('2025-08-15T13:00', 'minute')) },
			{ id: 'c', date: date(point('2025-08-16', 'day'), { zone: 'Europe/Moscow' }) },
			{ id: 'd', date: date(point('2025-08-15T15:00', 'minute'), { zone: 'UTC' }) },
			{ id: 'e', date: date(point('2025-08-16T01:00', 'minute'), { zone: 'Europe/Kyiv' }) }
		]),
		'https://example.org'
	);
	const groups = groupBriefing(briefing.entries);

	it('groupBriefing() numbers the entries in date order', () =>
		expect(groups.flatMap((g) => g.entries.map((e) => `${e.number}:${e.id}`))).toEqual([
			'1:d',
			'2:a',
			'3:b',
			'4:c',
			'5:e'
		]));
	it('groupBriefing() groups neighbours by local day and says which zones the day is in', () =>
		expect(groups.map((g) => [g.day.key, g.zones])).toEqual([
			['2025-08-15', 'local time in UTC and Anchorage'],
			['2025-08-16', 'local time in Moscow and Kyiv']
		]));
});

describe('buildBriefing()', () => {
	const timeline = fixtureTimeline();
	const briefing = buildBriefing(timeline, 'https://example.org/tl');

	it('buildBriefing() keeps every event once, with a full permalink', () => {
		expect(briefing.entries.map((e) => e.id).sort()).toEqual(
			timeline.events.map((e) => e.id).sort()
		);
		for (const e of briefing.entries) {
			expect(e.permalink).toBe(`https://example.org/tl/${timeline.id}/events/${e.id}/`);
		}
	});

	it('buildBriefing() writes the summit as the reader should see it', () => {
		const summit = briefing.entries.find((e) => e.id === 'alaska-summit-2025-08-15');
		expect(summit).toMatchObject({
			when: 'Fri 15 Aug 2025, 11:26 – about 14:30',
			zone: 'Anchorage time (AKDT)',
			statusLabel: 'Occurred',
			place: 'Joint Base Elmendorf–Richardson, Anchorage, Alaska',
			citation: 'Source 1: Newsmax, Sat 16 Aug 2025 (uncertain)',
			lanes: ['united-states', 'russia']
		});
		expect(summit?.participants).toMatch(/^Donald Trump \(host\), Vladimir Putin \(visitor\)/);
	});

	it('buildBriefing() counts further sources, not further quotes', () => {
		const [source, other, third] = timeline.sources;
		const first = timeline.events[0];
		if (!source || !other || !third || !first)
			throw new Error('fixture has too few sources or events');
		const quote = (id: string) => ({ source: id, quote: `words from ${id}` });
		const cases: { name: string; evidence: { source: string; quote: string }[]; more: string }[] = [
			{ name: 'one quote', evidence: [quote(source.id)], more: '' },
			{
				name: 'two quotes from one source',
				evidence: [quote(source.id), quote(source.id)],
				more: 'one more quote from this source on the event page'
			},
			{
				name: 'three quotes from one source',
				evidence: [quote(source.id), quote(source.id), quote(source.id)],
				more: '2 more quotes from this source on the event page'
			},
			{
				name: 'two quotes from another source',
				evidence: [quote(source.id), quote(other.id), quote(other.id)],
				more: 'one more source on the event page'
			},
			{
				name: 'two other sources',
				evidence: [quote(source.id), quote(other.id), quote(source.id), quote(other.id)],
				more: 'one more source on the event page'
			},
			{
				name: 'three sources',
				evidence: [quote(source.id), quote(other.id), quote(third.id)],
				more: '2 more sources on the event page'
			}
		];
		for (const c of cases) {
			const one = { ...timeline, events: [{ ...first, evidence: c.evidence }] };
			const [entry] = buildBriefing(one, 'https://example.org/tl').entries;
			expect(entry?.furtherEvidence, c.name).toBe(c.more);
		}
	});

	it('buildBriefing() gives the as-of date, the span and the main source', () => {
		expect(briefing.asOf).toBe('31 October 2025');
		expect(briefing.span).toMatch(/^\d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4}$/);
		expect(briefing.sources.filter((s) => s.main).map((s) => s.id)).toEqual([timeline.mainSource]);
	});
});

describe('isKeyEvent()', () => {
	const cases: { name: string; extra: object; expected: boolean }[] = [
		{ name: 'is true for prominence "key"', extra: { prominence: 'key' }, expected: true },
		{ name: 'is false for another prominence', extra: { prominence: 'minor' }, expected: false },
		{ name: 'is false without a prominence', extra: {}, expected: false }
	];
	for (const c of cases) {
		it(`isKeyEvent() ${c.name}`, () =>
			expect(isKeyEvent({ ...fixtureTimeline().events[0]!, ...c.extra } as TimelineEvent)).toBe(
				c.expected
			));
	}
});

describe('kindWord()', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; kind: EventKind; expected: string }[] = [
		// English prints the code itself, as it always has
		{ lang: 'en', kind: 'call', expected: 'call' },
		{ lang: 'en', kind: 'videoconference', expected: 'videoconference' },
		{ lang: 'fr', kind: 'call', expected: 'appel téléphonique' },
		{ lang: 'fr', kind: 'summit', expected: 'sommet' },
		{ lang: 'uk', kind: 'statement', expected: 'заява' },
		{ lang: 'uk', kind: 'interview', expected: 'інтерв’ю' },
		{ lang: 'de', kind: 'agreement', expected: 'Abkommen' }
	];
	for (const c of cases) {
		it(`kindWord() says ${c.kind} in ${c.lang} as ${c.expected}`, () => {
			useLanguage(c.lang);
			expect(kindWord(c.kind)).toBe(c.expected);
		});
	}
});

describe('groupBriefing() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const timeline = tinyTimeline([
		{ id: 'a', date: date(point('2025-08-15T11:26', 'minute')) },
		{ id: 'c', date: date(point('2025-08-16', 'day'), { zone: 'Europe/Moscow' }) },
		{ id: 'e', date: date(point('2025-08-16T01:00', 'minute'), { zone: 'Europe/Kyiv' }) }
	]);
	// the city names are the zone helpers' own: only the words around them are the briefing's
	const cases: { lang: string; zones: (city: (zone: string) => string) => string[] }[] = [
		{
			lang: 'fr',
			zones: (c) => [
				`heure locale à ${c('America/Anchorage')}`,
				`heure locale à ${c('Europe/Moscow')} et ${c('Europe/Kyiv')}`
			]
		},
		{
			lang: 'uk',
			zones: (c) => [
				`місцевий час: ${c('America/Anchorage')}`,
				`місцевий час: ${c('Europe/Moscow')} і ${c('Europe/Kyiv')}`
			]
		},
		{
			lang: 'de',
			zones: (c) => [
				`Ortszeit ${c('America/Anchorage')}`,
				`Ortszeit in ${c('Europe/Moscow')} und ${c('Europe/Kyiv')}`
			]
		}
	];
	for (const c of cases) {
		it(`groupBriefing() names the days' zones in ${c.lang}`, () => {
			useLanguage(c.lang);
			const groups = groupBriefing(buildBriefing(timeline, 'https://example.org').entries);
			expect(groups.map((g) => g.zones)).toEqual(c.zones(zoneCity));
		});
	}
});

describe('buildBriefing() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const timeline = fixtureTimeline();
	const [source, other] = timeline.sources;
	const first = timeline.events[0]!;
	const quotes = (n: number) =>
		Array.from({ length: n }, (_, i) => ({ source: source!.id, quote: `words ${i}` }));
	const cases: {
		lang: string;
		evidence: { source: string; quote: string }[];
		citation: RegExp;
		more: string;
		kind: string;
	}[] = [
		{
			lang: 'fr',
			evidence: quotes(3),
			citation: /^Source 1\u00a0: Newsmax, /,
			more: '2 autres citations de cette source sur la page de l’événement',
			kind: 'sommet'
		},
		{
			lang: 'fr',
			evidence: [...quotes(1), { source: other!.id, quote: 'other words' }],
			citation: /^Source 1\u00a0: Newsmax, /,
			more: 'une autre source sur la page de l’événement',
			kind: 'sommet'
		},
		{
			lang: 'uk',
			evidence: quotes(3),
			citation: /^Джерело 1: Newsmax, /,
			more: 'ще 2 цитати з цього джерела на сторінці події',
			kind: 'саміт'
		},
		{
			lang: 'uk',
			evidence: quotes(6),
			citation: /^Джерело 1: Newsmax, /,
			more: 'ще 5 цитат з цього джерела на сторінці події',
			kind: 'саміт'
		},
		{
			lang: 'uk',
			evidence: quotes(22),
			citation: /^Джерело 1: Newsmax, /,
			more: 'ще 21 цитата з цього джерела на сторінці події',
			kind: 'саміт'
		},
		{
			lang: 'de',
			evidence: [...quotes(1), { source: other!.id, quote: 'other words' }],
			citation: /^Quelle 1: Newsmax, /,
			more: 'eine weitere Quelle auf der Ereignisseite',
			kind: 'Gipfeltreffen'
		}
	];
	for (const [i, c] of cases.entries()) {
		it(`buildBriefing() writes an entry's words in ${c.lang} (case ${i + 1})`, () => {
			useLanguage(c.lang);
			const one = {
				...timeline,
				events: [{ ...first, kind: 'summit' as const, evidence: c.evidence }]
			};
			const [entry] = buildBriefing(one, 'https://example.org/tl').entries;
			expect(entry?.citation).toMatch(c.citation);
			expect(entry?.furtherEvidence).toBe(c.more);
			expect(entry?.kind).toBe(c.kind);
			// the data is the timeline's own, in its own words
			expect(entry?.title).toBe(first.title);
			expect(entry?.permalink).toBe(`https://example.org/tl/${timeline.id}/events/${first.id}/`);
		});
	}
});
