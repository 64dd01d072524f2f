/**
 * Axis ticks from minutes to centuries, in a chosen time zone. The interval is picked so the tick
 * count never exceeds a cap set by the width, and the loop that makes them is capped too, so a
 * deep zoom never produces thousands of ticks. Ticks fall on wall-clock boundaries of the zone
 * (midnight in Anchorage, not in UTC), which d3's local-or-UTC ticks cannot do.
 */
import { dateLocale } from '$lib/i18n';
import {
	englishDates,
	intlDateText,
	MONTHS,
	twoDigits,
	WEEKDAYS,
	type DateStyle
} from '$lib/time/calendar-words';
import { wallFields, wallTime as wall, type WallFields } from '$lib/time/zone-math';
import { DAY, HOUR, MINUTE } from '$lib/time/durations';
import type { TextMeasure } from './text-width';

export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TickInterval {
	unit: TickUnit;
	step: number;
	/** nominal length in ms, to choose an interval */
	ms: number;
}

export interface Tick {
	/** epoch ms */
	time: number;
	label: string;
	/** a boundary of the next larger unit (midnight, first of a month, a new year) */
	major: boolean;
}

export interface AxisTicks {
	interval: TickInterval;
	ticks: Tick[];
	/** the larger unit the view starts in, for readers who see no major tick: "Fri 15 August 2025" */
	context: string;
}

const ladder: [TickUnit, number, number[]][] = [
	['minute', MINUTE, [1, 2, 5, 10, 15, 30]],
	['hour', HOUR, [1, 2, 3, 6, 12]],
	['day', DAY, [1, 2]],
	['week', 7 * DAY, [1]],
	['month', 30.44 * DAY, [1, 3, 6]],
	['year', 365.24 * DAY, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]]
];

/** Every interval the axis can use, finest first. */
export const TICK_INTERVALS: readonly TickInterval[] = ladder.flatMap(([unit, ms, steps]) =>
	steps.map((step) => ({ unit, step, ms: ms * step }))
);

/** The finest interval that gives at most `maxTicks` ticks over `span` ms. */
export function chooseInterval(span: number, maxTicks: number): TickInterval {
	const fit = TICK_INTERVALS.find((i) => span / i.ms <= maxTicks);
	return fit ?? (TICK_INTERVALS[TICK_INTERVALS.length - 1] as TickInterval);
}

// English labels are written by hand ("Fri 15 Aug"), as the rest of the site writes English dates
const DAYS = WEEKDAYS.map((d) => d.slice(0, 3));
const pad = twoDigits;
const shortMonth = (f: WallFields) => (MONTHS[f.month] ?? '').slice(0, 3);

/** A wall-clock date as a Date whose UTC fields are that wall clock. */
function wallDate(t: WallFields): Date {
	const d = new Date(Date.UTC(2000, t.month, t.day, t.hour, t.minute));
	d.setUTCFullYear(t.year);
	return d;
}

/** The tick and context styles of `$lib/time/calendar-words`, by what the axis calls them. */
const DAY_STYLES = {
	day: 'shortDayNoYear',
	dayMonth: 'dayMonth',
	month: 'shortMonth',
	context: 'dayContext',
	monthYear: 'monthYear'
} as const satisfies Record<string, DateStyle>;

/** A date in another language than English, in that language's own order and abbreviations. */
function intlDay(t: WallFields, style: keyof typeof DAY_STYLES, tag: string): string {
	return intlDateText(DAY_STYLES[style], wallDate(t), tag);
}

/** "Fri 15 Aug", or the language's own: "ven. 15 août", "Fr., 15. Aug." */
function dayLabel(t: WallFields): string {
	const tag = dateLocale();
	return englishDates(tag)
		? `${DAYS[t.weekday]} ${t.day} ${shortMonth(t)}`
		: intlDay(t, 'day', tag);
}

/** "15 Aug", or the language's own: "15 août", "15. Aug." */
function dayMonthLabel(t: WallFields): string {
	const tag = dateLocale();
	return englishDates(tag) ? `${t.day} ${shortMonth(t)}` : intlDay(t, 'dayMonth', tag);
}

/** "Aug", or the language's own: "août", "серп." */
function monthLabel(t: WallFields): string {
	const tag = dateLocale();
	return englishDates(tag) ? shortMonth(t) : intlDay(t, 'month', tag);
}

/** The start of the interval that contains `ms`, on the zone's wall clock. */
export function floorTime(ms: number, { unit, step }: TickInterval, zone: string): number {
	const t = wallFields(ms, zone);
	const [y, mo, d, h, mi] = [t.year, t.month, t.day, t.hour, t.minute];
	switch (unit) {
		case 'minute':
			return wall(zone, y, mo, d, h, Math.floor(mi / step) * step);
		case 'hour':
			return wall(zone, y, mo, d, Math.floor(h / step) * step);
		case 'day':
			return wall(zone, y, mo, Math.floor((d - 1) / step) * step + 1);
		case 'week':
			return wall(zone, y, mo, d - ((t.weekday + 6) % 7));
		case 'month':
			return wall(zone, y, Math.floor(mo / step) * step);
		case 'year':
			return wall(zone, Math.floor(y / step) * step, 0);
	}
}

/** The next tick after an aligned `ms`, stepping the zone's wall clock (so days are 23–25 h across DST). */
function nextTime(ms: number, interval: TickInterval, zone: string): number {
	const t = wallFields(ms, zone);
	const [y, mo, d, h, mi] = [t.year, t.month, t.day, t.hour, t.minute];
	const s = interval.step;
	let next: number;
	switch (interval.unit) {
		case 'minute':
			next = wall(zone, y, mo, d, h, mi + s);
			break;
		case 'hour':
			next = wall(zone, y, mo, d, h + s);
			break;
		case 'day':
			// restart the count on the 1st, so 2-day ticks do not drift from month to month
			next =
				s > 1 && d + s > new Date(Date.UTC(y, mo + 1, 0)).getUTCDate()
					? wall(zone, y, mo + 1)
					: wall(zone, y, mo, d + s);
			break;
		case 'week':
			next = wall(zone, y, mo, d + 7 * s);
			break;
		case 'month':
			next = wall(zone, y, mo + s);
			break;
		case 'year':
			next = wall(zone, y + s, 0);
			break;
	}
	// a wall time skipped by a DST change can map back onto the current tick; never loop on it
	return next > ms ? next : ms + interval.ms;
}

function isMajor(t: WallFields, { unit }: TickInterval, previous?: WallFields): boolean {
	switch (unit) {
		case 'minute':
		case 'hour':
			return t.hour === 0 && t.minute === 0;
		case 'day':
			return t.day === 1;
		case 'week':
			return previous !== undefined && previous.month !== t.month;
		case 'month':
			return t.month === 0;
		case 'year':
			return false;
	}
}

function tickLabel(t: WallFields, interval: TickInterval, major: boolean): string {
	switch (interval.unit) {
		case 'minute':
		case 'hour':
			// 24-hour "14:00" reads the same in every language the site speaks
			return major ? dayLabel(t) : `${pad(t.hour)}:${pad(t.minute)}`;
		case 'day':
			return dayLabel(t);
		case 'week':
			return dayMonthLabel(t);
		case 'month':
			return major ? String(t.year) : monthLabel(t);
		case 'year':
			return String(t.year);
	}
}

function contextLabel(ms: number, { unit }: TickInterval, zone: string): string {
	const t = wallFields(ms, zone);
	const tag = dateLocale();
	const english = englishDates(tag);
	switch (unit) {
		case 'minute':
		case 'hour':
			return english
				? `${DAYS[t.weekday]} ${t.day} ${MONTHS[t.month]} ${t.year}`
				: intlDay(t, 'context', tag);
		case 'day':
		case 'week':
			return english ? `${MONTHS[t.month]} ${t.year}` : intlDay(t, 'monthYear', tag);
		case 'month':
			return String(t.year);
		case 'year':
			return '';
	}
}

/**
 * Ticks for the visible `domain` (epoch ms) on a chart `width` px wide, in `zone`. At most
 * `floor(width / minSpacing)` ticks (between 2 and `maxTicks`), whatever the zoom.
 */
export function createTicks({
	domain,
	width,
	zone,
	minSpacing = 80,
	maxTicks = 16
}: {
	domain: readonly [number, number];
	width: number;
	zone: string;
	minSpacing?: number;
	maxTicks?: number;
}): AxisTicks {
	const [a, b] = domain;
	const cap = Math.max(2, Math.min(maxTicks, Math.floor(width / minSpacing)));
	const interval = chooseInterval(b - a, cap);
	const ticks: Tick[] = [];
	let t = floorTime(a, interval, zone);
	let previous: WallFields | undefined;
	// the interval guarantees about `cap` ticks; the bound is a second guard against runaway loops
	for (let i = 0; i < cap * 2 + 4 && t <= b; i++) {
		const fields = wallFields(t, zone);
		if (t >= a) {
			const major = isMajor(fields, interval, previous);
			ticks.push({ time: t, label: tickLabel(fields, interval, major), major });
		}
		previous = fields;
		t = nextTime(t, interval, zone);
	}
	return { interval, ticks, context: contextLabel(a, interval, zone) };
}

/** Where a tick's label starts, right of its line, px (`TimelineAxis.svelte` draws it there). */
export const TICK_INSET = 4;
/** The least room between two tick labels, px. */
const TICK_GAP = 6;

/**
 * The ticks with each label that would meet the next, or run past the chart's right edge at
 * `width`, emptied, their lines kept. A major tick's label (a day, a month) is kept rather than a
 * minor one's before it. The interval's spacing suits short labels; some languages name a day at
 * twice the length ("الاثنين، 18 أغسطس" for "Mon 18 Aug").
 */
export function fitTickLabels(
	axis: AxisTicks,
	x: (time: number) => number,
	measure: TextMeasure,
	width = Infinity
): AxisTicks {
	const labels = axis.ticks.map((t) => t.label);
	const kept: { index: number; end: number }[] = [];
	axis.ticks.forEach((tick, i) => {
		if (!tick.label) return;
		const start = x(tick.time) + TICK_INSET;
		const end =
			start + (tick.major && measure.bold ? measure.bold(tick.label) : measure(tick.label));
		if (end > width) {
			labels[i] = '';
			return;
		}
		let last = kept.at(-1);
		while (last && start < last.end + TICK_GAP && tick.major && !axis.ticks[last.index]!.major) {
			labels[last.index] = '';
			kept.pop();
			last = kept.at(-1);
		}
		if (last && start < last.end + TICK_GAP) labels[i] = '';
		else kept.push({ index: i, end });
	});
	if (labels.every((label, i) => label === axis.ticks[i]!.label)) return axis;
	return { ...axis, ticks: axis.ticks.map((t, i) => ({ ...t, label: labels[i]! })) };
}
