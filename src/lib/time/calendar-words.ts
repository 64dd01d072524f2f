/**
 * Names of days and months, for dates shown in the browser: "Fri 15 Aug 2025", "Friday 15 August
 * 2025" in English, "ven. 15 août 2025", "пт, 15 серп. 2025 р." in other languages. Every function
 * reads the UTC fields of its date, which callers use to carry a wall-clock date.
 *
 * English is written out by hand: the runtimes' en-GB data differs from our English and from each
 * other ("Sept", "Mon, 15 Sept 2025", "Monday, 15 September"), and the build words the same dates
 * with date-fns, so the page and the build must agree to the character. Every other language comes
 * from Intl: its names, their order and case, its range style.
 */
import { dateLocale } from '$lib/i18n';

/** English, Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];
/** English, January first, as Date.getUTCMonth() counts. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const year = (d: Date) => String(d.getUTCFullYear()).padStart(4, '0');
const weekday = (d: Date) => WEEKDAYS[d.getUTCDay()] ?? '';
const month = (d: Date) => MONTHS[d.getUTCMonth()] ?? '';

/** Two digits: "07". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

const STYLES = {
	shortDay: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
	longDay: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
	date: { day: 'numeric', month: 'short', year: 'numeric' },
	longDate: { day: 'numeric', month: 'long', year: 'numeric' },
	dayMonth: { day: 'numeric', month: 'short' },
	/** the chart's day ticks, and the day a view of hours is in */
	shortDayNoYear: { weekday: 'short', day: 'numeric', month: 'short' },
	dayContext: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
	longDayMonth: { day: 'numeric', month: 'long' },
	shortMonth: { month: 'short' },
	longMonth: { month: 'long' },
	shortMonthYear: { month: 'short', year: 'numeric' },
	monthYear: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' },
	clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof STYLES;
type Style = DateStyle;

/** Whether dates in this tag are our hand-written English (every English tag keeps today's words). */
export function englishDates(tag = dateLocale()): boolean {
	return tag === 'en-GB' || /^en(-|$)/i.test(tag);
}

// building a formatter costs far more than using one, and a list formats thousands of dates
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter of a style in a language, reading UTC fields. */
function formatter(style: Style, locale: string): Intl.DateTimeFormat {
	const key = `${locale} ${style}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: 'UTC' });
		formatters.set(key, f);
	}
	return f;
}

/** A date (its UTC fields) in a style, in a language other than our hand-written English. */
export function intlDateText(style: DateStyle, d: Date, tag = dateLocale()): string {
	return formatter(style, tag).format(d);
}

/** The date in a style in the language in force, or undefined in English (written by hand). */
function intl(style: Style, d: Date): string | undefined {
	const tag = dateLocale();
	return englishDates(tag) ? undefined : formatter(style, tag).format(d);
}

/** "Fri 15 Aug 2025" */
export function shortDayText(d: Date): string {
	return intl('shortDay', d) ?? englishShortDayText(d);
}

/** "Fri 15 Aug 2025" whatever the language: the same in every runtime, as it uses no Intl. */
export function englishShortDayText(d: Date): string {
	return `${weekday(d).slice(0, 3)} ${d.getUTCDate()} ${month(d).slice(0, 3)} ${year(d)}`;
}

/** "Friday 15 August 2025" */
export function longDayText(d: Date): string {
	return intl('longDay', d) ?? `${weekday(d)} ${d.getUTCDate()} ${month(d)} ${year(d)}`;
}

/** "15 Aug 2025" */
export function dateText(d: Date): string {
	return intl('date', d) ?? `${d.getUTCDate()} ${month(d).slice(0, 3)} ${year(d)}`;
}

/** "15 August 2025" */
export function longDateText(d: Date): string {
	return intl('longDate', d) ?? `${d.getUTCDate()} ${month(d)} ${year(d)}`;
}

/** "15 Aug" */
export function dayMonthText(d: Date): string {
	return intl('dayMonth', d) ?? `${d.getUTCDate()} ${month(d).slice(0, 3)}`;
}

/** "15 August" */
export function longDayMonthText(d: Date): string {
	return intl('longDayMonth', d) ?? `${d.getUTCDate()} ${month(d)}`;
}

/** "Aug" */
export function shortMonthName(d: Date): string {
	return intl('shortMonth', d) ?? month(d).slice(0, 3);
}

/** "August" */
export function monthName(d: Date): string {
	return intl('longMonth', d) ?? month(d);
}

/** "Aug 2025" */
export function shortMonthText(d: Date): string {
	return intl('shortMonthYear', d) ?? `${month(d).slice(0, 3)} ${year(d)}`;
}

/** "August 2025" */
export function monthText(d: Date): string {
	return intl('monthYear', d) ?? `${month(d)} ${year(d)}`;
}

/** "2025" */
export function yearText(d: Date): string {
	return intl('year', d) ?? year(d);
}

/** "11:26" */
export function clockText(d: Date): string {
	return intl('clock', d) ?? englishClockText(d);
}

/** "11:26" whatever the language: the same in every runtime, as it uses no Intl. */
export function englishClockText(d: Date): string {
	return `${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}`;
}

const sameYear = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear();
const sameMonth = (a: Date, b: Date) => sameYear(a, b) && a.getUTCMonth() === b.getUTCMonth();

/**
 * A range in the language's own style (Intl's formatRange): "11–14 août 2025", "11.–14. August
 * 2025". Where it names one year twice ("серпень 2025 р. – жовтень 2025 р."), the first end drops it.
 */
function intlRange(style: Style, first: Style, a: Date, b: Date, tag: string): string {
	const text = formatter(style, tag).formatRange(a, b);
	const y = formatter('year', tag).format(b);
	if (!sameYear(a, b) || text.indexOf(y) === text.lastIndexOf(y)) return text;
	return `${formatter(first, tag).format(a)}–${formatter(style, tag).format(b)}`;
}

/** "11–14 August 2025", "30 August – 2 September 2025", "30 December 2024 – 2 January 2025". */
export function dayRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return intlRange('longDate', 'longDayMonth', a, b, tag);
	if (!sameYear(a, b)) return `${longDateText(a)} – ${longDateText(b)}`;
	if (!sameMonth(a, b)) return `${a.getUTCDate()} ${month(a)} – ${longDateText(b)}`;
	return `${a.getUTCDate()}–${longDateText(b)}`;
}

/** "August–October 2025", "November 2024 – January 2025". */
export function monthRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return intlRange('monthYear', 'longMonth', a, b, tag);
	if (!sameYear(a, b)) return `${monthText(a)} – ${monthText(b)}`;
	return `${month(a)}–${monthText(b)}`;
}

/** "16 Aug 2025 – 31 Oct 2025": English names both dates in full; others as is their custom. */
export function dateRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return formatter('date', tag).formatRange(a, b);
	return `${dateText(a)} – ${dateText(b)}`;
}

/** "11–14 Aug", "30 Aug–2 Sep", for an axis. */
export function shortDayRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return formatter('dayMonth', tag).formatRange(a, b);
	return `${sameMonth(a, b) ? a.getUTCDate() : dayMonthText(a)}–${dayMonthText(b)}`;
}

/** "11–14 Aug 2025", "10 Dec 1815–27 Nov 1852": `shortDayRangeText` with its years, for an axis. */
export function shortDateRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return formatter('date', tag).formatRange(a, b);
	return sameYear(a, b) ? `${shortDayRangeText(a, b)} ${year(b)}` : `${dateText(a)}–${dateText(b)}`;
}

/** "Aug–Oct 2025", "Nov 2024–Jan 2025", for an axis. */
export function shortMonthRangeText(a: Date, b: Date): string {
	const tag = dateLocale();
	if (!englishDates(tag)) return intlRange('shortMonthYear', 'shortMonth', a, b, tag);
	return `${shortMonthText(a).slice(0, sameYear(a, b) ? 3 : undefined)}–${shortMonthText(b)}`;
}

/**
 * The two ends of a range as said in "between … and …": the first without what it shares with the
 * second, "19 August" and "31 October 2025" (English: "11" and "14 August 2025"); "August" and
 * "October 2025".
 */
export function rangeEnds(a: Date, b: Date, unit: 'day' | 'month'): [string, string] {
	if (unit === 'month') return [sameYear(a, b) ? monthName(a) : monthText(a), monthText(b)];
	// "11 and 14 August" in English; a lone day number is not every language's ("11." in German)
	if (englishDates() && sameMonth(a, b)) return [String(a.getUTCDate()), longDateText(b)];
	return [sameYear(a, b) ? longDayMonthText(a) : longDateText(a), longDateText(b)];
}
