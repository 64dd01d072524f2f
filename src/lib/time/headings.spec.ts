import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { DatePoint, EventDate } from '$lib/data/schema';
import { eventSpan } from './dates';
import {
	compareHeadings,
	datedHeading,
	groupByHeading,
	heading,
	headingIn,
	headingKey,
	isTimed
} from './headings';

const p = (value: string, precision: DatePoint['precision'], extra: Partial<DatePoint> = {}) => ({
	value,
	precision,
	...extra
});
const d = (start: DatePoint, end?: DatePoint, extra: Partial<EventDate> = {}): EventDate => ({
	start,
	...(end ? { end } : {}),
	zone: 'Europe/Moscow',
	basis: 'test',
	...extra
});

describe('headingKey()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'a time under its day',
			date: d(p('2025-08-15T11:26', 'minute')),
			expected: '2025-08-15'
		},
		{
			name: 'a part of the day under its day',
			date: d(p('2025-08-16', 'part-of-day', { partOfDay: 'morning' })),
			expected: '2025-08-16'
		},
		{ name: 'a day under itself', date: d(p('2025-08-20', 'day')), expected: '2025-08-20' },
		{ name: 'a week under itself', date: d(p('2025-W34', 'week')), expected: '2025-W34' },
		{ name: 'a month under itself', date: d(p('2025-10', 'month')), expected: '2025-10' },
		{ name: 'a year under itself', date: d(p('2024', 'year')), expected: '2024' },
		{
			name: 'a range of days under the range',
			date: d(p('2025-08-11', 'day'), p('2025-08-14', 'day')),
			expected: '2025-08-11/2025-08-14'
		},
		{
			name: 'a range of months under the months',
			date: d(p('2025-08', 'month'), p('2025-10', 'month')),
			expected: '2025-08/2025-10'
		},
		{
			name: 'a week to a month under the days they cover',
			date: d(p('2025-W34', 'week'), p('2025-10', 'month')),
			expected: '2025-08-18/2025-10-31'
		},
		{
			name: '"sometime within" under the range it is in',
			date: d(p('2025-08-19', 'day'), p('2025-10-31', 'day'), { within: true }),
			expected: '[2025-08-19..2025-10-31]'
		},
		{
			name: '"sometime within" two months',
			date: d(p('2025-08', 'month'), p('2025-10', 'month'), { within: true }),
			expected: '[2025-08..2025-10]'
		},
		{
			name: 'an event ending at a time on a later day under its start',
			date: d(p('2025-08-15', 'day'), p('2025-08-16T02:00', 'minute')),
			expected: '2025-08-15'
		},
		{
			name: 'a timed event over days under its first day',
			date: d(p('2025-10-25T22:00', 'minute'), p('2025-10-26T04:00', 'minute')),
			expected: '2025-10-25'
		},
		{
			name: 'a range that starts and ends on one day under that day',
			date: d(p('2025-08-11', 'day'), p('2025-08-11', 'day')),
			expected: '2025-08-11'
		},
		{ name: '29 February', date: d(p('2024-02-29', 'day')), expected: '2024-02-29' }
	];
	for (const c of cases)
		it(`headingKey() files ${c.name}`, () => expect(headingKey(c.date)).toBe(c.expected));
});

describe('headingIn()', () => {
	const headed = (date: EventDate) => ({
		...eventSpan(date),
		heading: headingKey(date),
		timed: isTimed(date),
		within: !!date.within
	});
	const cases: { name: string; date: EventDate; zone?: string; expected: string }[] = [
		{
			name: 'keeps a whole day in Moscow on its day in UTC',
			date: d(p('2025-08-20', 'day')),
			zone: 'UTC',
			expected: '2025-08-20'
		},
		{
			name: 'keeps a whole day in Los Angeles on its day in Auckland',
			date: d(p('2025-10-22', 'day'), undefined, { zone: 'America/Los_Angeles' }),
			zone: 'Pacific/Auckland',
			expected: '2025-10-22'
		},
		{
			name: 'keeps a month a month in any zone',
			date: d(p('2025-10', 'month'), undefined, { zone: 'Pacific/Auckland' }),
			zone: 'America/Los_Angeles',
			expected: '2025-10'
		},
		{
			name: 'moves a Moscow morning time to the previous day in Los Angeles',
			date: d(p('2025-08-20T09:00', 'minute')),
			zone: 'America/Los_Angeles',
			expected: '2025-08-19'
		},
		{
			name: "keeps a time on its own day in its own zone's view",
			date: d(p('2025-08-20T01:00', 'minute')),
			zone: undefined,
			expected: '2025-08-20'
		},
		{
			name: 'makes a timed "sometime within" a range when its ends fall on two days',
			date: d(p('2025-08-20T01:00', 'minute'), p('2025-08-20T05:00', 'minute'), { within: true }),
			zone: 'UTC',
			expected: '[2025-08-19..2025-08-20]'
		}
	];
	for (const c of cases)
		it(`headingIn() ${c.name}`, () => expect(headingIn(headed(c.date), c.zone)).toBe(c.expected));
});

describe('heading()', () => {
	const cases: { key: string; label: string; short: string }[] = [
		{ key: '2025-08-15', label: 'Friday 15 August 2025', short: '15 Aug' },
		{ key: '2025-W34', label: 'Week of 18 August 2025', short: 'wk 18 Aug' },
		{ key: '2025-10', label: 'October 2025', short: 'Oct 2025' },
		{ key: '2024', label: '2024', short: '2024' },
		{ key: '2025-08-11/2025-08-14', label: '11–14 August 2025', short: '11–14 Aug' },
		{ key: '2025-08-30/2025-09-02', label: '30 August – 2 September 2025', short: '30 Aug–2 Sep' },
		{
			key: '2024-12-30/2025-01-02',
			label: '30 December 2024 – 2 January 2025',
			short: '30 Dec–2 Jan'
		},
		{ key: '2025-08/2025-10', label: 'August–October 2025', short: 'Aug–Oct 2025' },
		{ key: '2024-11/2025-01', label: 'November 2024 – January 2025', short: 'Nov 2024–Jan 2025' },
		{ key: '2023/2024', label: '2023–2024', short: '2023–2024' },
		{
			key: '[2025-08-19..2025-10-31]',
			label: 'Sometime between 19 August and 31 October 2025',
			short: '~19 Aug–31 Oct'
		},
		{
			key: '[2025-08-11..2025-08-14]',
			label: 'Sometime between 11 and 14 August 2025',
			short: '~11–14 Aug'
		},
		{
			key: '[2025-08..2025-10]',
			label: 'Sometime between August and October 2025',
			short: '~Aug–Oct 2025'
		},
		{ key: '2024-02-29', label: 'Thursday 29 February 2024', short: '29 Feb' }
	];
	for (const c of cases)
		it(`heading() names ${c.key}`, () =>
			expect(heading(c.key)).toMatchObject({ label: c.label, short: c.short }));
	it('heading() rejects what is not a key', () => expect(() => heading('Aug 2025')).toThrow());
});

describe('compareHeadings()', () => {
	it('compareHeadings() orders by first day, then last day, then single, range, within', () =>
		expect(
			[
				'2025-10',
				'[2025-08-19..2025-10-31]',
				'2025-10-01',
				'2025-W34',
				'2025-08-19',
				'2025-08-18',
				'2025-08-18/2025-08-24',
				'2025'
			].sort(compareHeadings)
		).toEqual([
			'2025',
			'2025-08-18',
			'2025-W34',
			'2025-08-18/2025-08-24',
			'2025-08-19',
			'[2025-08-19..2025-10-31]',
			'2025-10-01',
			'2025-10'
		]));
});

describe('groupByHeading()', () => {
	it('groupByHeading() merges items of one heading, keeps their order, orders the headings', () => {
		const items = [
			{ id: 'a', key: '2025-08-20' },
			{ id: 'b', key: '2025-10' },
			{ id: 'c', key: '2025-08-19' },
			{ id: 'd', key: '2025-08-20' }
		];
		expect(
			groupByHeading(items, (i) => i.key).map((g) => [g.key, g.events.map((e) => e.id).join()])
		).toEqual([
			['2025-08-19', 'c'],
			['2025-08-20', 'a,d'],
			['2025-10', 'b']
		]);
	});
});

describe('heading() in other languages', () => {
	afterEach(() => useLanguage('en'));
	/** Intl's text with plain spaces: runtimes differ in where they put thin and narrow ones. */
	const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
	const cases: { key: string; fr: string; uk: string; de: string }[] = [
		{
			key: '2025-08-15',
			fr: 'Vendredi 15 août 2025',
			uk: 'Пʼятниця, 15 серпня 2025 р.',
			de: 'Freitag, 15. August 2025'
		},
		{
			key: '2025-W34',
			fr: 'Semaine du 18 août 2025',
			uk: 'Тиждень з 18 серпня 2025 р.',
			de: 'Woche vom 18. August 2025'
		},
		{ key: '2025-10', fr: 'Octobre 2025', uk: 'Жовтень 2025 р.', de: 'Oktober 2025' },
		{ key: '2025', fr: '2025', uk: '2025', de: '2025' },
		{
			key: '2025-08-11/2025-08-14',
			fr: '11–14 août 2025',
			uk: '11–14 серпня 2025 р.',
			de: '11.–14. August 2025'
		},
		{
			key: '2025-08-30/2025-09-02',
			fr: '30 août – 2 septembre 2025',
			uk: '30 серпня – 2 вересня 2025 р.',
			de: '30. August – 2. September 2025'
		},
		{
			key: '2025-08/2025-10',
			fr: 'Août – octobre 2025',
			uk: 'Серпень–жовтень 2025 р.',
			de: 'August–Oktober 2025'
		},
		{
			key: '[2025-08-19..2025-10-31]',
			fr: 'Un jour entre le 19 août et le 31 octobre 2025',
			uk: 'Десь між 19 серпня і 31 жовтня 2025 р.',
			de: 'Irgendwann zwischen dem 19. August und dem 31. Oktober 2025'
		},
		{
			key: '[2025-08..2025-10]',
			fr: 'Un jour entre août et octobre 2025',
			uk: 'Десь у період серпень – жовтень 2025 р.',
			de: 'Irgendwann zwischen August und Oktober 2025'
		},
		{
			key: '[2024..2025]',
			fr: 'Un jour entre 2024 et 2025',
			uk: 'Десь у період 2024 – 2025',
			de: 'Irgendwann zwischen 2024 und 2025'
		}
	];
	for (const c of cases) {
		for (const lang of ['fr', 'uk', 'de'] as const) {
			it(`heading("${c.key}") in ${lang} is "${c[lang]}"`, () => {
				useLanguage(lang);
				expect(plain(heading(c.key).label)).toBe(c[lang]);
			});
		}
	}

	it('words a heading again in the language in force', () => {
		expect(heading('2025-W34').label).toBe('Week of 18 August 2025');
		useLanguage('de');
		expect(heading('2025-W34')).toMatchObject({
			label: 'Woche vom 18. August 2025',
			short: 'Wo. 18. Aug.'
		});
		useLanguage('en');
		expect(heading('2025-W34').short).toBe('wk 18 Aug');
	});
});

describe('datedHeading()', () => {
	afterEach(() => useLanguage('en'));
	const cases: { key: string; lang?: 'en' | 'fr'; expected: string }[] = [
		{ key: '2025-08-15', expected: '15 Aug 2025' },
		{ key: '2025-W34', expected: 'wk 18 Aug 2025' },
		{ key: '2025-10', expected: 'Oct 2025' },
		{ key: '2025', expected: '2025' },
		{ key: '2025-08-11/2025-08-14', expected: '11–14 Aug 2025' },
		{ key: '[2025-08-11..2025-08-14]', expected: '~11–14 Aug 2025' },
		{ key: '2024-12-30/2025-01-02', expected: '30 Dec 2024–2 Jan 2025' },
		{ key: '2024-11/2025-01', expected: 'Nov 2024–Jan 2025' },
		{ key: '2025-08-15', lang: 'fr', expected: '15 août 2025' },
		{ key: '2024-12-30/2025-01-02', lang: 'fr', expected: '30 déc. 2024\u2009–\u20092 janv. 2025' }
	];
	for (const c of cases)
		it(`datedHeading(${JSON.stringify(c.key)}) in ${c.lang ?? 'en'} is ${c.expected}`, () => {
			useLanguage(c.lang ?? 'en');
			expect(datedHeading(c.key)).toBe(c.expected);
		});
});
