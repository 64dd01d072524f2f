import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import {
	clockText,
	dateRangeText,
	dateText,
	dayMonthText,
	dayRangeText,
	englishDates,
	longDateText,
	longDayMonthText,
	longDayText,
	monthName,
	monthRangeText,
	monthText,
	rangeEnds,
	shortDayRangeText,
	shortDayText,
	shortMonthName,
	shortMonthRangeText,
	shortMonthText,
	twoDigits,
	yearText
} from './calendar-words';

const at = (iso: string) => new Date(`${iso}Z`);
/** Intl's text with plain spaces: runtimes differ in where they put thin and narrow ones. */
function plain(text: string): string;
function plain(text: string[]): string[];
function plain(text: string | string[]): string | string[] {
	return Array.isArray(text)
		? text.map((t) => plain(t))
		: text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

describe('calendar words', () => {
	const cases = [
		{ call: shortDayText, date: '2025-08-15T11:26', expected: 'Fri 15 Aug 2025' },
		{ call: shortDayText, date: '2025-09-01T00:00', expected: 'Mon 1 Sep 2025' },
		{ call: longDayText, date: '2025-08-16T23:59', expected: 'Saturday 16 August 2025' },
		{ call: dateText, date: '2025-12-31T12:00', expected: '31 Dec 2025' },
		{ call: longDateText, date: '2025-08-04T12:00', expected: '4 August 2025' },
		{ call: dayMonthText, date: '2025-08-04T12:00', expected: '4 Aug' },
		{ call: shortMonthName, date: '2025-09-30T23:59', expected: 'Sep' },
		{ call: shortMonthText, date: '2025-09-30T23:59', expected: 'Sep 2025' },
		{ call: monthText, date: '2025-10-01T00:00', expected: 'October 2025' },
		{ call: yearText, date: '0987-01-01T00:00', expected: '0987' },
		{ call: clockText, date: '2025-08-15T07:05', expected: '07:05' }
	];
	for (const c of cases) {
		it(`${c.call.name}() of ${c.date} is "${c.expected}"`, () =>
			expect(c.call(at(c.date))).toBe(c.expected));
	}

	it('twoDigits() pads to two digits', () => {
		expect([0, 7, 10, 23].map(twoDigits)).toEqual(['00', '07', '10', '23']);
	});

	// the build words the same dates with date-fns: both must agree on every day
	const patterns = [
		{ call: shortDayText, pattern: 'EEE d MMM yyyy' },
		{ call: longDayText, pattern: 'EEEE d MMMM yyyy' },
		{ call: dateText, pattern: 'd MMM yyyy' },
		{ call: longDateText, pattern: 'd MMMM yyyy' },
		{ call: dayMonthText, pattern: 'd MMM' },
		{ call: shortMonthName, pattern: 'MMM' },
		{ call: shortMonthText, pattern: 'MMM yyyy' },
		{ call: monthText, pattern: 'MMMM yyyy' },
		{ call: clockText, pattern: 'HH:mm' }
	];
	for (const { call, pattern } of patterns) {
		it(`${call.name}() agrees with date-fns "${pattern}" on every day of 2024 and 2025`, () => {
			for (let t = Date.UTC(2024, 0, 1, 5, 7); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
				expect(call(new Date(t))).toBe(format(new UTCDate(t), pattern));
			}
		});
	}
});

describe('calendar words in other languages', () => {
	afterEach(() => useLanguage('en'));
	const day = at('2025-08-15T07:05');
	const cases: { call: (d: Date) => string; fr: string; uk: string; de: string }[] = [
		{
			call: shortDayText,
			fr: 'ven. 15 août 2025',
			uk: 'пт, 15 серп. 2025 р.',
			de: 'Fr., 15. Aug. 2025'
		},
		{
			call: longDayText,
			fr: 'vendredi 15 août 2025',
			uk: 'пʼятниця, 15 серпня 2025 р.',
			de: 'Freitag, 15. August 2025'
		},
		{ call: dateText, fr: '15 août 2025', uk: '15 серп. 2025 р.', de: '15. Aug. 2025' },
		{ call: longDateText, fr: '15 août 2025', uk: '15 серпня 2025 р.', de: '15. August 2025' },
		{ call: dayMonthText, fr: '15 août', uk: '15 серп.', de: '15. Aug.' },
		{ call: longDayMonthText, fr: '15 août', uk: '15 серпня', de: '15. August' },
		{ call: shortMonthName, fr: 'août', uk: 'серп.', de: 'Aug' },
		{ call: monthName, fr: 'août', uk: 'серпень', de: 'August' },
		{ call: shortMonthText, fr: 'août 2025', uk: 'серп. 2025 р.', de: 'Aug. 2025' },
		{ call: monthText, fr: 'août 2025', uk: 'серпень 2025 р.', de: 'August 2025' },
		{ call: yearText, fr: '2025', uk: '2025', de: '2025' },
		{ call: clockText, fr: '07:05', uk: '07:05', de: '07:05' }
	];
	for (const c of cases) {
		for (const lang of ['fr', 'uk', 'de'] as const) {
			it(`${c.call.name}() in ${lang} is "${c[lang]}"`, () => {
				useLanguage(lang);
				expect(plain(c.call(day))).toBe(c[lang]);
			});
		}
	}

	it('uses 24-hour times in every language', () => {
		for (const lang of ['fr', 'uk', 'de']) {
			useLanguage(lang);
			expect(clockText(at('2025-08-15T23:59'))).toBe('23:59');
			expect(clockText(at('2025-08-15T00:00'))).toBe('00:00');
		}
	});
});

describe('ranges', () => {
	afterEach(() => useLanguage('en'));
	const d = (iso: string) => at(`${iso}T00:00`);
	const cases: {
		call: (a: Date, b: Date) => string;
		from: string;
		to: string;
		en: string;
		fr: string;
		uk: string;
		de: string;
	}[] = [
		{
			call: dayRangeText,
			from: '2025-08-11',
			to: '2025-08-14',
			en: '11–14 August 2025',
			fr: '11–14 août 2025',
			uk: '11–14 серпня 2025 р.',
			de: '11.–14. August 2025'
		},
		{
			call: dayRangeText,
			from: '2025-08-30',
			to: '2025-09-02',
			en: '30 August – 2 September 2025',
			fr: '30 août – 2 septembre 2025',
			uk: '30 серпня – 2 вересня 2025 р.',
			de: '30. August – 2. September 2025'
		},
		{
			call: dayRangeText,
			from: '2024-12-30',
			to: '2025-01-02',
			en: '30 December 2024 – 2 January 2025',
			fr: '30 décembre 2024 – 2 janvier 2025',
			uk: '30 грудня 2024 – 2 січня 2025 рр.',
			de: '30. Dezember 2024 – 2. Januar 2025'
		},
		{
			call: monthRangeText,
			from: '2025-08-01',
			to: '2025-10-01',
			en: 'August–October 2025',
			fr: 'août – octobre 2025',
			uk: 'серпень–жовтень 2025 р.',
			de: 'August–Oktober 2025'
		},
		{
			call: monthRangeText,
			from: '2024-11-01',
			to: '2025-01-01',
			en: 'November 2024 – January 2025',
			fr: 'novembre 2024 – janvier 2025',
			uk: 'листопад 2024 р. – січень 2025 р.',
			de: 'November 2024 – Januar 2025'
		},
		{
			call: dateRangeText,
			from: '2025-08-16',
			to: '2025-10-31',
			en: '16 Aug 2025 – 31 Oct 2025',
			fr: '16 août – 31 oct. 2025',
			uk: '16 серп. – 31 жовт. 2025 р.',
			de: '16. Aug. – 31. Okt. 2025'
		},
		{
			call: shortDayRangeText,
			from: '2025-08-11',
			to: '2025-08-14',
			en: '11–14 Aug',
			fr: '11–14 août',
			uk: '11–14 серп.',
			de: '11.–14. Aug.'
		},
		{
			call: shortDayRangeText,
			from: '2025-08-30',
			to: '2025-09-02',
			en: '30 Aug–2 Sep',
			fr: '30 août – 2 sept.',
			uk: '30 серп. – 2 вер.',
			de: '30. Aug. – 2. Sept.'
		},
		{
			call: shortMonthRangeText,
			from: '2025-08-01',
			to: '2025-10-01',
			en: 'Aug–Oct 2025',
			fr: 'août–oct. 2025',
			uk: 'серп.–жовт. 2025 р.',
			de: 'Aug.–Okt. 2025'
		},
		{
			call: shortMonthRangeText,
			from: '2024-11-01',
			to: '2025-01-01',
			en: 'Nov 2024–Jan 2025',
			fr: 'nov. 2024 – janv. 2025',
			uk: 'лист. 2024 р. – січ. 2025 р.',
			de: 'Nov. 2024 – Jan. 2025'
		}
	];
	for (const c of cases) {
		for (const lang of ['en', 'fr', 'uk', 'de'] as const) {
			it(`${c.call.name}() of ${c.from}..${c.to} in ${lang} is "${c[lang]}"`, () => {
				useLanguage(lang);
				const text = c.call(d(c.from), d(c.to));
				expect(lang === 'en' ? text : plain(text)).toBe(c[lang]);
			});
		}
	}
});

describe('rangeEnds()', () => {
	afterEach(() => useLanguage('en'));
	const d = (iso: string) => at(`${iso}T00:00`);
	const cases: {
		from: string;
		to: string;
		unit: 'day' | 'month';
		en: [string, string];
		fr: [string, string];
		uk: [string, string];
		de: [string, string];
	}[] = [
		{
			from: '2025-08-19',
			to: '2025-10-31',
			unit: 'day',
			en: ['19 August', '31 October 2025'],
			fr: ['19 août', '31 octobre 2025'],
			uk: ['19 серпня', '31 жовтня 2025 р.'],
			de: ['19. August', '31. Oktober 2025']
		},
		{
			from: '2025-08-11',
			to: '2025-08-14',
			unit: 'day',
			en: ['11', '14 August 2025'],
			fr: ['11 août', '14 août 2025'],
			uk: ['11 серпня', '14 серпня 2025 р.'],
			de: ['11. August', '14. August 2025']
		},
		{
			from: '2024-12-30',
			to: '2025-01-02',
			unit: 'day',
			en: ['30 December 2024', '2 January 2025'],
			fr: ['30 décembre 2024', '2 janvier 2025'],
			uk: ['30 грудня 2024 р.', '2 січня 2025 р.'],
			de: ['30. Dezember 2024', '2. Januar 2025']
		},
		{
			from: '2025-08-01',
			to: '2025-10-01',
			unit: 'month',
			en: ['August', 'October 2025'],
			fr: ['août', 'octobre 2025'],
			uk: ['серпень', 'жовтень 2025 р.'],
			de: ['August', 'Oktober 2025']
		}
	];
	for (const c of cases) {
		for (const lang of ['en', 'fr', 'uk', 'de'] as const) {
			it(`rangeEnds() of ${c.from}..${c.to} by ${c.unit} in ${lang}`, () => {
				useLanguage(lang);
				const ends = rangeEnds(d(c.from), d(c.to), c.unit);
				expect(lang === 'en' ? ends : plain(ends)).toEqual(c[lang]);
			});
		}
	}
});

describe('englishDates()', () => {
	const cases = [
		{ tag: 'en-GB', expected: true },
		{ tag: 'en', expected: true },
		{ tag: 'en-US', expected: true },
		{ tag: 'fr', expected: false },
		{ tag: 'uk', expected: false },
		{ tag: 'de-AT', expected: false }
	];
	for (const c of cases) {
		it(`englishDates("${c.tag}") is ${c.expected}`, () =>
			expect(englishDates(c.tag)).toBe(c.expected));
	}
});
