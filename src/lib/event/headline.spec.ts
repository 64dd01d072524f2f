import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { AttributionHop, DatePoint, EventDate } from '$lib/data/schema';
import type { People } from './attribution';
import { headlineWhen, headlineWho } from './headline';

const point = (value: string, precision: DatePoint['precision'], extra: Partial<DatePoint> = {}) =>
	({ value, precision, ...extra }) as DatePoint;
const date = (
	start: DatePoint,
	extra: Partial<EventDate> = {},
	zone = 'America/New_York'
): EventDate => ({ start, zone, basis: 'test', ...extra });

describe('headlineWhen()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'a minute reads on into its zone',
			date: date(point('2025-08-15T11:26', 'minute'), {}, 'America/Anchorage'),
			expected: 'Fri 15 Aug 2025, 11:26 Anchorage time'
		},
		{
			name: 'a span on one day keeps the end qualified',
			date: date(
				point('2025-08-15T11:26', 'minute'),
				{ end: point('2025-08-15T14:30', 'minute', { approximate: true }) },
				'America/Anchorage'
			),
			expected: 'Fri 15 Aug 2025, 11:26 – about 14:30 Anchorage time'
		},
		{
			name: 'a moment within hours of one day gives the outer edges',
			date: date(point('2025-08-16T03', 'hour', { approximate: true }), {
				end: point('2025-08-16T15:06', 'minute', { uncertain: true }),
				within: true
			}),
			expected: 'Sat 16 Aug 2025, between about 03:00 and 15:06 (uncertain), New York time'
		},
		{
			name: 'a moment within a day, by a time',
			date: date(point('2025-08-16', 'day'), {
				end: point('2025-08-16T15:06', 'minute'),
				within: true
			}),
			expected: 'Sat 16 Aug 2025, by 15:06 New York time'
		},
		{
			name: 'a moment within a day, after a time',
			date: date(point('2025-08-16T09', 'hour'), {
				end: point('2025-08-16', 'day'),
				within: true
			}),
			expected: 'Sat 16 Aug 2025, after 09:00 New York time'
		},
		{
			name: 'a moment within days of one month names the month once',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }),
			expected: 'between Mon 11 and Thu 14 Aug 2025, New York time'
		},
		{
			name: 'a moment within days of two months names both',
			date: date(point('2025-08-31', 'day'), { end: point('2025-09-02', 'day'), within: true }),
			expected: 'between Sun 31 Aug 2025 and Tue 2 Sep 2025, New York time'
		},
		{
			name: 'a part of the day takes a comma',
			date: date(
				point('2025-08-16', 'part-of-day', { partOfDay: 'morning' }),
				{},
				'Europe/Brussels'
			),
			expected: 'Sat 16 Aug 2025, morning, Brussels time'
		},
		{
			name: 'an uncertain day',
			date: date(point('2025-08-16', 'day', { uncertain: true })),
			expected: 'Sat 16 Aug 2025 (uncertain), New York time'
		},
		{
			name: 'UTC is named as such',
			date: date(point('2025-08-16T10:00', 'minute'), {}, 'UTC'),
			expected: 'Sat 16 Aug 2025, 10:00 UTC'
		},
		{
			name: 'a month names no zone',
			date: date(point('2025-09', 'month'), {}, 'Europe/Kyiv'),
			expected: 'September 2025'
		},
		{
			name: 'an uncertain week names no zone',
			date: date(point('2025-W34', 'week', { uncertain: true })),
			expected: 'week of Mon 18 Aug 2025 (uncertain)'
		}
	];
	for (const c of cases) {
		it(`headlineWhen() ${c.name}`, () => expect(headlineWhen(c.date)).toBe(c.expected));
	}
});

describe('headlineWho()', () => {
	const people = {
		actors: [
			{ id: 'trump', name: 'Donald Trump' },
			{ id: 'officials', name: 'European officials' },
			{ id: 'wsj-desk', name: 'The Wall Street Journal' }
		],
		sources: [
			{ id: 'wsj', publisher: 'The Wall Street Journal' },
			{ id: 'nm', publisher: 'Newsmax' },
			{ id: 'tass', publisher: 'TASS' }
		]
	} as unknown as People;
	const trumpSpeaks = [{ actor: 'trump', role: 'speaker' as const }];
	const evidence = [{ source: 'nm', quote: 'q' }];
	const cases: {
		name: string;
		attribution: AttributionHop[];
		evidence?: { source: string; quote: string }[];
		expected: string;
	}[] = [
		{
			name: 'names the first witness and the first outlet after them',
			attribution: [
				{ actor: 'trump', relation: 'said' },
				{ label: '4 European officials', relation: 'told', anonymous: true },
				{ actor: 'wsj-desk', source: 'wsj', relation: 'reported' },
				{ source: 'nm', relation: 'published' }
			],
			expected: '4 European officials, via The Wall Street Journal'
		},
		{
			name: 'keeps a first hop that is not a participant',
			attribution: [
				{ actor: 'officials', relation: 'told' },
				{ source: 'wsj', relation: 'published' }
			],
			expected: 'European officials, via The Wall Street Journal'
		},
		{
			name: 'keeps a participant who told others',
			attribution: [
				{ actor: 'trump', relation: 'told' },
				{ source: 'nm', relation: 'published' }
			],
			expected: 'Donald Trump, via Newsmax'
		},
		{
			name: 'names an outlet alone when the participant spoke through it',
			attribution: [
				{ actor: 'trump', relation: 'said' },
				{ source: 'nm', relation: 'published' }
			],
			expected: 'Newsmax'
		},
		{
			name: 'falls back to the evidence, each publisher once',
			attribution: [],
			evidence: [
				{ source: 'nm', quote: 'a' },
				{ source: 'tass', quote: 'b' },
				{ source: 'nm', quote: 'c' }
			],
			expected: 'Newsmax and TASS'
		},
		{
			name: 'shows an unknown source by its id',
			attribution: [],
			evidence: [{ source: 'gone', quote: 'a' }],
			expected: 'gone'
		}
	];
	for (const c of cases) {
		it(`headlineWho() ${c.name}`, () =>
			expect(
				headlineWho(
					{
						attribution: c.attribution,
						participants: trumpSpeaks,
						evidence: c.evidence ?? evidence
					},
					people
				)
			).toBe(c.expected));
	}
});

// the dates and times themselves come from $lib/time: these cases check the words around them,
// whatever the clock looks like
describe('headlineWhen() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; name: string; date: EventDate; expected: RegExp }[] = [
		{
			lang: 'fr',
			name: 'a minute names its zone',
			date: date(point('2025-08-15T11:26', 'minute'), {}, 'America/Anchorage'),
			expected: /\d[^,]* \(heure locale à Anchorage\)$/
		},
		{
			lang: 'uk',
			name: 'a minute names its zone',
			date: date(point('2025-08-15T11:26', 'minute'), {}, 'America/Anchorage'),
			expected: /\d[^,]* \(місцевий час: Anchorage\)$/
		},
		{
			lang: 'de',
			name: 'a minute names its zone',
			date: date(point('2025-08-15T11:26', 'minute'), {}, 'America/Anchorage'),
			expected: /\d[^,]* Ortszeit Anchorage$/
		},
		{
			lang: 'fr',
			name: 'a moment within a day, by a time',
			date: date(point('2025-08-16', 'day'), {
				end: point('2025-08-16T15:06', 'minute'),
				within: true
			}),
			expected: /, avant 15.+heure locale à New York\)?$/
		},
		{
			lang: 'uk',
			name: 'a moment within a day, after a time',
			date: date(point('2025-08-16T09', 'hour'), {
				end: point('2025-08-16', 'day'),
				within: true
			}),
			expected: /, після 0?9.+місцевий час: New York\)?$/
		},
		{
			lang: 'fr',
			name: 'a moment within hours of one day',
			date: date(point('2025-08-16T03', 'hour'), {
				end: point('2025-08-16T15:06', 'minute'),
				within: true
			}),
			expected: /, entre 0?3.+ et 15.+heure locale à New York\)?$/
		},
		{
			lang: 'uk',
			name: 'a moment within days',
			date: date(point('2025-08-11', 'day'), { end: point('2025-09-02', 'day'), within: true }),
			expected: /^між .+ і .+, місцевий час: New York$/
		},
		{
			lang: 'fr',
			name: 'a moment within days',
			date: date(point('2025-08-11', 'day'), { end: point('2025-09-02', 'day'), within: true }),
			expected: /^entre le .+ et le .+, heure locale à New York$/
		},
		{
			lang: 'uk',
			name: 'UTC stays UTC',
			date: date(point('2025-08-16T10:00', 'minute'), {}, 'UTC'),
			expected: /10.+UTC\)?$/
		}
	];
	for (const c of cases)
		it(`headlineWhen() ${c.name} (${c.lang})`, () => {
			useLanguage(c.lang);
			expect(headlineWhen(c.date)).toMatch(c.expected);
		});
});

describe('headlineWho() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const people = {
		actors: [{ id: 'officials', name: 'European officials' }],
		sources: [{ id: 'wsj', publisher: 'The Wall Street Journal' }]
	} as unknown as People;
	const event = {
		attribution: [
			{ actor: 'officials', relation: 'told' },
			{ source: 'wsj', relation: 'published' }
		] as AttributionHop[],
		participants: [],
		evidence: []
	};
	const cases: { lang: string; expected: string }[] = [
		{ lang: 'fr', expected: 'European officials, via The Wall Street Journal' },
		{ lang: 'uk', expected: 'European officials, через The Wall Street Journal' },
		{ lang: 'de', expected: 'European officials, über The Wall Street Journal' }
	];
	for (const c of cases)
		it(`headlineWho() names the witness and the outlet (${c.lang})`, () => {
			useLanguage(c.lang);
			expect(headlineWho(event, people)).toBe(c.expected);
		});
});
