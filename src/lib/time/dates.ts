/**
 * Honest dates: turn a date as authored (wall-clock value, precision, zone) into the span of
 * real time it can mean. A day in Anchorage is a different 24 hours from a day in Moscow, and
 * "Saturday morning" covers six hours, not one instant.
 */
import type { DatePoint, EventDate, PartOfDay } from '$lib/data/schema';
import { DAY } from './durations';
import { wallTime } from './zone-math';

/** Hours [from, to) that each part of the day covers, local time. */
export const PART_OF_DAY_HOURS: Record<PartOfDay, readonly [number, number]> = {
	night: [0, 6],
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [18, 24]
};

const PATTERNS = {
	minute: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/,
	hour: /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/,
	'part-of-day': /^(\d{4})-(\d{2})-(\d{2})$/,
	day: /^(\d{4})-(\d{2})-(\d{2})$/,
	week: /^(\d{4})-W(\d{2})$/,
	month: /^(\d{4})-(\d{2})$/,
	year: /^(\d{4})$/
} as const;

/** The shape `value` must have for each precision, for error messages. */
export const VALUE_SHAPES: Record<DatePoint['precision'], string> = {
	minute: 'YYYY-MM-DDTHH:mm',
	hour: 'YYYY-MM-DDTHH',
	'part-of-day': 'YYYY-MM-DD',
	day: 'YYYY-MM-DD',
	week: 'YYYY-Www',
	month: 'YYYY-MM',
	year: 'YYYY'
};

/** A half-open span of real time [start, end), in epoch milliseconds. */
export interface Span {
	start: number;
	end: number;
}

function wall(zone: string, y: number, m: number, d = 1, h = 0, min = 0): number {
	return wallTime(zone, y, m - 1, d, h, min);
}

/** Parses the numeric fields of a value, or returns an error message. */
function fields(point: Pick<DatePoint, 'value' | 'precision'>): number[] | string {
	const match = PATTERNS[point.precision].exec(point.value);
	if (!match) {
		return `"${point.value}" does not fit precision ${point.precision}; expected ${VALUE_SHAPES[point.precision]}`;
	}
	const n = match.slice(1).map(Number);
	const [y, m, d, h, min] = n as [number, number, number?, number?, number?];
	if (point.precision === 'week') {
		if (m < 1 || m > isoWeeksInYear(y)) return `week ${m} does not exist in ${y}`;
		return n;
	}
	if (m !== undefined && (m < 1 || m > 12)) return `month ${m} does not exist`;
	if (d !== undefined) {
		const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
		if (d < 1 || d > days) return `day ${d} does not exist in ${String(m).padStart(2, '0')}/${y}`;
	}
	if (h !== undefined && h > 23) return `hour ${h} does not exist`;
	if (min !== undefined && min > 59) return `minute ${min} does not exist`;
	return n;
}

function isoWeeksInYear(y: number): number {
	// a year has 53 ISO weeks when 28 December falls in week 53
	const dec28 = new Date(Date.UTC(y, 11, 28));
	return isoWeek(dec28) === 53 ? 53 : 52;
}

function isoWeek(date: Date): number {
	const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	const day = d.getUTCDay() || 7;
	d.setUTCDate(d.getUTCDate() + 4 - day);
	const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
	return Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
}

/** The ISO week that day `day` (a count of days since 1970-01-01) is in, as `2025-W34`. */
export function isoWeekKey(day: number): string {
	const d = new Date(day * DAY);
	// the week belongs to the year its Thursday is in
	const year = new Date((day + 4 - (d.getUTCDay() || 7)) * DAY).getUTCFullYear();
	return `${String(year).padStart(4, '0')}-W${String(isoWeek(d)).padStart(2, '0')}`;
}

/** The Monday (year, month, day of month) that starts ISO week `w` of year `y`. */
export function isoWeekMonday(y: number, w: number): [number, number, number] {
	const jan4 = new Date(Date.UTC(y, 0, 4));
	const day = jan4.getUTCDay() || 7;
	const monday = new Date(jan4.getTime() + ((w - 1) * 7 - (day - 1)) * DAY);
	return [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
}

/** Why a value does not fit its precision or names no real date (`2025-02-30`), or null. */
export function dateValueProblem(point: Pick<DatePoint, 'value' | 'precision'>): string | null {
	const f = fields(point);
	return typeof f === 'string' ? f : null;
}

/** Why a point is malformed, or null when its value fits its precision and names a real date. */
export function datePointProblem(point: DatePoint): string | null {
	const f = fields(point);
	if (typeof f === 'string') return f;
	if (point.precision === 'part-of-day' && !point.partOfDay) {
		return 'precision part-of-day needs partOfDay (night, morning, afternoon or evening)';
	}
	if (point.precision !== 'part-of-day' && point.partOfDay) {
		return `partOfDay is only allowed with precision part-of-day, not ${point.precision}`;
	}
	return null;
}

/** Epoch ms of a wall-clock time; out-of-range fields roll over (day 32 is the 1st of next month). */
type WallClock = (y: number, m: number, d?: number, h?: number, min?: number) => number;

function spanOf(point: DatePoint, at: WallClock): Span {
	const f = fields(point);
	if (typeof f === 'string') throw new RangeError(`invalid date point: ${f}`);
	const [y, m = 1, d = 1, h = 0, min = 0] = f as [number, number?, number?, number?, number?];
	switch (point.precision) {
		case 'minute':
			return { start: at(y, m, d, h, min), end: at(y, m, d, h, min + 1) };
		case 'hour':
			return { start: at(y, m, d, h), end: at(y, m, d, h + 1) };
		case 'part-of-day': {
			const [from, to] = PART_OF_DAY_HOURS[point.partOfDay ?? 'morning'];
			return { start: at(y, m, d, from), end: at(y, m, d, to) };
		}
		case 'day':
			return { start: at(y, m, d), end: at(y, m, d + 1) };
		case 'week': {
			const [wy, wm, wd] = isoWeekMonday(y, m);
			return { start: at(wy, wm, wd), end: at(wy, wm, wd + 7) };
		}
		case 'month':
			return { start: at(y, m), end: at(y, m + 1) };
		case 'year':
			return { start: at(y, 1), end: at(y + 1, 1) };
	}
}

/**
 * The real-time span that a date point covers in `zone`: a minute covers one minute, a day the
 * zone's whole local day (23 or 25 hours across a DST change), a week from Monday to Monday.
 * Throws on a malformed point; validated data never has one.
 */
export function pointSpan(point: DatePoint, zone: string): Span {
	return spanOf(point, (y, m, d = 1, h = 0, min = 0) => wall(zone, y, m, d, h, min));
}

/**
 * The span a point covers on its own wall clock, counted as if its zone were UTC. It needs no
 * zone data, so it is cheap; it orders two points of one zone, and compares a point with a
 * calendar date (`asOf`) on the local calendar. Throws on a malformed point.
 */
export function wallSpan(point: DatePoint): Span {
	return spanOf(point, (y, m, d = 1, h = 0, min = 0) => {
		const date = new Date(0);
		date.setUTCFullYear(y, m - 1, d);
		date.setUTCHours(h, min);
		return date.getTime();
	});
}

/**
 * The span an event date covers: from the start of its start point to the end of its end point
 * (or of its start point, when it has no end).
 */
export function eventSpan(date: EventDate): Span {
	const start = pointSpan(date.start, date.zone);
	const end = date.end ? pointSpan(date.end, date.zone) : start;
	return { start: start.start, end: end.end };
}

/** True when the date names a moment finer than an hour: drawn as a point, not a span. */
export function isInstant(date: EventDate): boolean {
	return !date.end && date.start.precision === 'minute';
}

/** True when either end is approximate or uncertain, or the event is somewhere within a range. */
export function isFuzzy(date: EventDate): boolean {
	const q = (p?: DatePoint) => !!p && (!!p.approximate || !!p.uncertain);
	return q(date.start) || q(date.end) || !!date.within;
}

function qualify(value: string, point: DatePoint): string {
	if (point.approximate && point.uncertain) return `${value}%`;
	if (point.approximate) return `${value}~`;
	if (point.uncertain) return `${value}?`;
	return value;
}

function pointEdtf(point: DatePoint): string {
	switch (point.precision) {
		case 'minute':
			return qualify(`${point.value}:00`, point);
		case 'hour':
			return qualify(`${point.value}:00:00`, point);
		case 'week': {
			// EDTF has no week form: use the interval Monday..Sunday
			const [y, w] = point.value.split('-W').map(Number) as [number, number];
			const [my, mm, md] = isoWeekMonday(y, w);
			const sun = new Date(Date.UTC(my, mm - 1, md + 6));
			const p = (n: number) => String(n).padStart(2, '0');
			return `${qualify(`${my}-${p(mm)}-${p(md)}`, point)}/${qualify(
				`${sun.getUTCFullYear()}-${p(sun.getUTCMonth() + 1)}-${p(sun.getUTCDate())}`,
				point
			)}`;
		}
		default:
			return qualify(point.value, point);
	}
}

/**
 * The date as an EDTF (ISO 8601-2) string, local to the event's zone: `2025-08-16?`,
 * `2025-08-11/2025-08-14`, or `[2025-08-11..2025-08-14]` for "one day within".
 */
export function toEdtf(date: EventDate): string {
	const start = pointEdtf(date.start);
	if (!date.end) return start;
	const end = pointEdtf(date.end);
	return date.within ? `[${start}..${end}]` : `${start}/${end}`;
}

/** The order of time: by start, then by end (the shorter span first). */
export function bySpan(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): number {
	return a.start - b.start || a.end - b.end;
}

/**
 * Events in date order: by the start of their span, then by its end (shorter first); ties keep
 * the authored order. The span is computed once per event.
 */
export function sortByDate<T extends { date: EventDate }>(events: readonly T[]): T[] {
	return events
		.map((event, index) => ({ event, index, span: eventSpan(event.date) }))
		.sort((a, b) => bySpan(a.span, b.span) || a.index - b.index)
		.map((keyed) => keyed.event);
}
