import { describe, expect, it } from 'vitest';
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
