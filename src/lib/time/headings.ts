/**
 * The one rule for dating groups of events, shared by the list and the briefing: an event is filed
 * under a heading at the precision its date has. A time (minute, hour, part of the day) goes under
 * its local day; a whole day, week, month or year is a calendar date in its place and goes under
 * itself ("Week of 18 August 2025", "October 2025"); a range of whole days under the range
 * ("11–14 August 2025"); "sometime within" under the range it is somewhere in ("Sometime between
 * 19 August and 31 October 2025"). Another display zone moves only the times.
 *
 * A heading is named by a key in the style of EDTF: `2025-08-15`, `2025-W34`, `2025-10`, `2025`,
 * `2025-08-11/2025-08-14`, `2025-08/2025-10`, and `[2025-08-19..2025-10-31]` for "one day within".
 * Groups are ordered by their first day, then their last (the shorter first), then single dates
 * before ranges before "sometime within".
 */
import type { DatePoint, EventDate, Precision } from '$lib/data/schema';
import { dateLocale, languageTag, m } from '$lib/i18n';
import {
	dateText,
	dayMonthText,
	dayRangeText,
	longDateText,
	longDayText,
	monthRangeText,
	monthText,
	rangeEnds as rangeEndsText,
	shortDateRangeText,
	shortDayRangeText,
	shortMonthRangeText,
	shortMonthText
} from './calendar-words';
import { sortByDate, wallSpan } from './dates';
import { isoDate, localDay } from './zone-math';
import { DAY } from './durations';

const TIMED: ReadonlySet<Precision> = new Set(['minute', 'hour', 'part-of-day']);

/** True when the point names a time of day, which converts between zones; a day or coarser does not. */
export function isTimedPoint(point: Pick<DatePoint, 'precision'>): boolean {
	return TIMED.has(point.precision);
}

/** True when the date's start is a time of day: its heading follows the display zone. */
export function isTimed(date: EventDate): boolean {
	return isTimedPoint(date.start);
}

/** The first and last calendar day a point covers on its own wall clock, as day numbers. */
function calendarDays(point: Pick<DatePoint, 'value' | 'precision'>): [number, number] {
	const { start, end } = wallSpan(point as DatePoint);
	return [Math.floor(start / DAY), Math.floor((end - 1) / DAY)];
}

/**
 * The first and last calendar day of a date where it happened, as yyyy-MM-dd: a time's local day,
 * a month's first and last day. A timeline's span runs from the earliest to the latest of them.
 */
export function dateDays(date: EventDate): [first: string, last: string] {
	return [isoDate(calendarDays(date.start)[0]), isoDate(calendarDays(date.end ?? date.start)[1])];
}

/** The key of one point's own heading: its day for a time, else its value as authored. */
function pointKey(point: DatePoint): string {
	if (point.precision === 'day' || isTimedPoint(point)) return point.value.slice(0, 10);
	return point.value;
}

/** The two ends of a range, at one unit when they share it (months, years), else as days. */
function rangeEnds(start: DatePoint, end: DatePoint): [string, string] {
	if (
		start.precision === end.precision &&
		(start.precision === 'month' || start.precision === 'year')
	)
		return [start.value, end.value];
	return [isoDate(calendarDays(start)[0]), isoDate(calendarDays(end)[1])];
}

/**
 * The heading an event date is filed under in its own zone (see the module's comment). An end at a
 * time of day does not make a range: the event is filed under its start.
 */
export function headingKey(date: EventDate): string {
	const { start, end, within } = date;
	if (!end) return pointKey(start);
	if (within) {
		const [a, b] = rangeEnds(start, end);
		return a === b ? a : `[${a}..${b}]`;
	}
	if (isTimedPoint(start) || isTimedPoint(end)) return pointKey(start);
	const [a, b] = rangeEnds(start, end);
	if (start.precision === end.precision && start.value === end.value) return pointKey(start);
	return a === b ? a : `${a}/${b}`;
}

/** What grouping needs of an event: its real-time span and its heading in its own zone. */
export interface Headed {
	/** real-time span [start, end) in epoch ms */
	start: number;
	end: number;
	/** `headingKey()` of its date */
	heading: string;
	/** true when its start is a time of day (`isTimed()`): only then another zone moves it */
	timed?: boolean;
	/** true when it happened once somewhere within its span ("sometime between") */
	within?: boolean;
}

/**
 * The heading an event is filed under in `zone` (undefined: its own zone). Only a time converts: a
 * whole day, week, month or year stays the calendar date it is in its place.
 */
export function headingIn(event: Headed, zone?: string): string {
	if (zone === undefined || !event.timed) return event.heading;
	const first = isoDate(localDay(event.start, zone));
	if (!event.within) return first;
	const last = isoDate(localDay(event.end - 1, zone));
	return first === last ? first : `[${first}..${last}]`;
}

/** A heading in words. */
export interface Heading {
	key: string;
	/** "Friday 15 August 2025", "Week of 18 August 2025", "11–14 August 2025" */
	label: string;
	/** "15 Aug", "wk 18 Aug", "11–14 Aug", for the briefing chart's axis */
	short: string;
	/** its first and last day, as day numbers, for ordering */
	first: number;
	last: number;
	/** 0 a single date, 1 a range, 2 "sometime within" */
	shape: 0 | 1 | 2;
}

const PRECISION_OF: [RegExp, Precision][] = [
	[/^-?\d{4}-\d{2}-\d{2}$/, 'day'],
	[/^\d{4}-W\d{2}$/, 'week'],
	[/^\d{4}-\d{2}$/, 'month'],
	[/^\d{4}$/, 'year']
];

function keyPoint(value: string): Pick<DatePoint, 'value' | 'precision'> {
	const precision = PRECISION_OF.find(([re]) => re.test(value))?.[1];
	if (!precision) throw new RangeError(`not a heading key: ${value}`);
	return { value, precision };
}

const dayDate = (day: number) => new Date(day * DAY);

function rangeWords(from: string, to: string, within: boolean): { label: string; short: string } {
	const [p, q] = [keyPoint(from), keyPoint(to)];
	const a = dayDate(calendarDays(p)[0]);
	const b = dayDate(calendarDays(q)[1]);
	let text: string;
	let short: string;
	if (p.precision === 'year' && q.precision === 'year') {
		text = within ? m.time_heading_between_months({ from, to }) : `${from}–${to}`;
		short = `${from}–${to}`;
	} else if (p.precision === 'month' && q.precision === 'month') {
		const [x, y] = rangeEndsText(a, b, 'month');
		text = within ? m.time_heading_between_months({ from: x, to: y }) : monthRangeText(a, b);
		short = shortMonthRangeText(a, b);
	} else {
		const [x, y] = rangeEndsText(a, b, 'day');
		text = within ? m.time_heading_between_days({ from: x, to: y }) : dayRangeText(a, b);
		short = shortDayRangeText(a, b);
	}
	return within ? { label: text, short: `~${short}` } : { label: text, short };
}

/** A heading starts with a capital, as English's do: "vendredi 15 août 2025" → "Vendredi …". */
function capitalized(words: { label: string; short: string }): { label: string; short: string } {
	const { label } = words;
	return { ...words, label: label.charAt(0).toLocaleUpperCase(dateLocale()) + label.slice(1) };
}

function parseHeading(key: string): Heading {
	const within = key.startsWith('[');
	const [from = key, to] = within ? key.slice(1, -1).split('..') : key.split('/');
	const first = calendarDays(keyPoint(from))[0];
	if (to !== undefined) {
		const last = calendarDays(keyPoint(to))[1];
		return {
			key,
			...capitalized(rangeWords(from, to, within)),
			first,
			last,
			shape: within ? 2 : 1
		};
	}
	const point = keyPoint(from);
	const last = calendarDays(point)[1];
	const d = dayDate(first);
	const words = {
		day: { label: longDayText(d), short: dayMonthText(d) },
		week: {
			label: m.time_heading_week_of({ date: longDateText(d) }),
			short: m.time_heading_week_short({ date: dayMonthText(d) })
		},
		month: { label: monthText(d), short: shortMonthText(d) },
		year: { label: from, short: from }
	}[point.precision as 'day' | 'week' | 'month' | 'year'];
	return { key, ...capitalized(words), first, last, shape: 0 };
}

// a list names the same few hundred headings again whenever the reader changes zone
const headings = new Map<string, Heading>();

/** The heading of a key from `headingKey()` or `headingIn()`, in words, with its days. */
export function heading(key: string): Heading {
	// its words are in the language in force: one page may word it in English, the next in French
	const cacheKey = `${languageTag()} ${key}`;
	let h = headings.get(cacheKey);
	if (!h) {
		h = parseHeading(key);
		if (headings.size > 100_000) headings.clear();
		headings.set(cacheKey, h);
	}
	return h;
}

/**
 * A heading's `short` words with its year or years, for an axis over more than one year: "15 Aug
 * 2025", "wk 18 Aug 2025", "10 Dec 1815–27 Nov 1852". Apart from `heading()`, so that only the
 * briefing's code carries it.
 */
export function datedHeading(key: string): string {
	const within = key.startsWith('[');
	const [from = key, to] = within ? key.slice(1, -1).split('..') : key.split('/');
	const p = keyPoint(from);
	const a = dayDate(calendarDays(p)[0]);
	if (to === undefined) {
		if (p.precision === 'day') return dateText(a);
		if (p.precision === 'week') return m.time_heading_week_short({ date: dateText(a) });
		// a month's and a year's words name their year
		return heading(key).short;
	}
	const q = keyPoint(to);
	if (p.precision === q.precision && (p.precision === 'month' || p.precision === 'year')) {
		return heading(key).short;
	}
	return `${within ? '~' : ''}${shortDateRangeText(a, dayDate(calendarDays(q)[1]))}`;
}

/** Orders two headings: by first day, then last day, then single, range, "sometime within". */
export function compareHeadings(a: string, b: string): number {
	const x = heading(a);
	const y = heading(b);
	return x.first - y.first || x.last - y.last || x.shape - y.shape || (a < b ? -1 : a > b ? 1 : 0);
}

export interface HeadingGroup<T> {
	key: string;
	events: T[];
}

/**
 * Groups items under their headings (`keyOf`), headings in order (`compareHeadings()`) and items
 * in their given order. The list and the briefing both group with it.
 */
export function groupByHeading<T>(
	items: readonly T[],
	keyOf: (item: T) => string
): HeadingGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const list = groups.get(key);
		if (list) list.push(item);
		else groups.set(key, [item]);
	}
	return [...groups.keys()]
		.sort(compareHeadings)
		.map((key) => ({ key, events: groups.get(key) ?? [] }));
}

/**
 * Events in the order the list and the briefing show them: by heading (`compareHeadings()`), then
 * by real time within a heading (`sortByDate()`). The exports keep the same order.
 */
export function sortByHeading<T extends { date: EventDate }>(events: readonly T[]): T[] {
	return groupByHeading(sortByDate(events), (e) => headingKey(e.date)).flatMap((g) => g.events);
}
