/**
 * Fast wall-clock arithmetic in an IANA zone, for code that runs per frame or per event (ticks, day
 * buckets). A zone's offset is looked up through one cached Intl formatter per zone and memoised per
 * quarter hour, so thousands of calls cost a few map lookups instead of thousands of formatter runs.
 */

export interface WallFields {
	year: number;
	/** 0-based, as Date uses */
	month: number;
	day: number;
	hour: number;
	minute: number;
	/** 0 = Sunday */
	weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;

function formatter(zone: string): Intl.DateTimeFormat {
	let f = formatters.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(zone, f);
	}
	return f;
}

/** Local date and time fields, as the zone database gives them; month 1–12. */
export interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** The wall clock in `zone` at instant `ms`, read from the runtime's zone database (Intl). */
export function wallClock(ms: number, zone: string): Wall {
	const p: Record<string, number> = {};
	for (const part of formatter(zone).formatToParts(new Date(ms))) {
		if (part.type !== 'literal') p[part.type] = Number(part.value);
	}
	return {
		year: p.year ?? 0,
		month: p.month ?? 1,
		day: p.day ?? 1,
		hour: p.hour ?? 0,
		minute: p.minute ?? 0,
		second: p.second ?? 0
	};
}

/** The zone's offset from UTC at instant `ms`, in ms (positive east of Greenwich). */
export function zoneOffset(ms: number, zone: string): number {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
	let cache = offsets.get(zone);
	if (!cache) offsets.set(zone, (cache = new Map()));
	// offsets change at most on quarter hours; the first instant of each quarter stands for it
	const key = Math.floor(ms / QUARTER_HOUR);
	let offset = cache.get(key);
	if (offset === undefined) {
		const at = key * QUARTER_HOUR;
		const w = wallClock(at, zone);
		offset =
			Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(at / 60_000) * 60_000;
		if (cache.size > 200_000) cache.clear();
		cache.set(key, offset);
	}
	return offset;
}

/** The wall-clock fields of instant `ms` in `zone`. */
export function wallFields(ms: number, zone: string): WallFields {
	const d = new Date(ms + zoneOffset(ms, zone));
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth(),
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		weekday: d.getUTCDay()
	};
}

/**
 * The instant a wall-clock time in `zone` names. Fields may overflow (day 32, hour 25), as with
 * Date.UTC. A time skipped by a DST change (02:30 on a spring-forward night) is read with the
 * offset before the change, so it lands just after the gap (03:30); a time that happens twice (on
 * the night the clocks go back) is the first of the two instants.
 */
export function wallTime(
	zone: string,
	year: number,
	month: number,
	day = 1,
	hour = 0,
	minute = 0
): number {
	const guess = Date.UTC(year, month, day, hour, minute);
	// zones change offset months apart, so the offsets a day either side are the two candidates
	const before = zoneOffset(guess - DAY, zone);
	const after = zoneOffset(guess + DAY, zone);
	if (before === after) return guess - before;
	const early = guess - before;
	const late = guess - after;
	const earlyHolds = zoneOffset(early, zone) === before;
	const lateHolds = zoneOffset(late, zone) === after;
	if (earlyHolds && lateHolds) return Math.min(early, late);
	if (lateHolds) return late;
	return early;
}

const DAY = 86_400_000;
/** Offsets are memoised per span of three days: a span's two ends and, if they differ, the change. */
const SPAN = 3 * DAY;

/** A span's offsets: one number when steady, or its change: [instant, before, after]. */
type SpanOffsets = number | [at: number, before: number, after: number];
const spanOffsets = new Map<string, Map<number, SpanOffsets>>();
/** local day number → yyyy-MM-dd */
const isoDays = new Map<number, string>();

/** The span's offsets, finding a change by bisection between its two ends. */
function spanOffsetsOf(span: number, zone: string): SpanOffsets {
	const before = zoneOffset(span * SPAN, zone);
	const after = zoneOffset((span + 1) * SPAN, zone);
	if (before === after) return before;
	let lo = (span * SPAN) / QUARTER_HOUR;
	let hi = ((span + 1) * SPAN) / QUARTER_HOUR;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (zoneOffset(mid * QUARTER_HOUR, zone) === before) lo = mid;
		else hi = mid;
	}
	return [hi * QUARTER_HOUR, before, after];
}

/**
 * `zoneOffset()` for long runs of instants (a day key for each of 100,000 events): offsets are
 * memoised per zone and three days, with the instant of a change in those days, so the formatter
 * runs about once per three days of the timeline's span instead of once per event. It assumes a
 * zone never changes its clocks twice within three days; from 1970 to 2035 the closest two changes
 * of any zone are about a week apart (Brazil, October 2000).
 */
export function steadyZoneOffset(ms: number, zone: string): number {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
	let cache = spanOffsets.get(zone);
	if (!cache) spanOffsets.set(zone, (cache = new Map()));
	const span = Math.floor(ms / SPAN);
	let offsets = cache.get(span);
	if (offsets === undefined) {
		offsets = spanOffsetsOf(span, zone);
		if (cache.size > 100_000) cache.clear();
		cache.set(span, offsets);
	}
	return typeof offsets === 'number' ? offsets : ms < offsets[0] ? offsets[1] : offsets[2];
}

/** The local day of instant `ms` in `zone`, as a count of days since 1970-01-01. */
export function localDay(ms: number, zone: string): number {
	return Math.floor((ms + steadyZoneOffset(ms, zone)) / DAY);
}

/** A count of days since 1970-01-01 as yyyy-MM-dd. */
export function isoDate(day: number): string {
	let text = isoDays.get(day);
	if (text === undefined) {
		const d = new Date(day * DAY);
		const year = d.getUTCFullYear();
		const yyyy = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
		const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
		const dd = String(d.getUTCDate()).padStart(2, '0');
		text = `${yyyy}-${mm}-${dd}`;
		if (isoDays.size > 200_000) isoDays.clear();
		isoDays.set(day, text);
	}
	return text;
}

/** The local date of instant `ms` in `zone`, as yyyy-MM-dd. */
export function localDate(ms: number, zone: string): string {
	return isoDate(localDay(ms, zone));
}
