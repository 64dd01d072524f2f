/**
 * Fast wall-clock arithmetic in an IANA zone, for code that runs per frame or per event (ticks, day
 * buckets, the list's day keys). A zone's offsets are memoised per UTC day: one number for a steady
 * day, or the instant of the day's change with the offsets either side. A day is read from a zone
 * table shipped with the timeline when one covers it, else from one cached Intl formatter per zone.
 * So a page can place and group its events without touching Intl, whose first use costs tens of
 * milliseconds while the runtime loads its zone data.
 */

import { twoDigits } from './calendar-words';
import { DAY, MINUTE } from './durations';

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

/** The offset at `ms` as the runtime's zone database gives it, to the minute. */
function intlOffset(ms: number, zone: string): number {
	const at = Math.floor(ms / MINUTE) * MINUTE;
	const w = wallClock(at, zone);
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - at;
}

/**
 * A zone's offsets over [from, to], worked out ahead (at build time) and shipped with a timeline:
 * from `starts[i]` until the next start the zone is `offsets[i]` ms east of UTC and is called
 * `names[i]`.
 */
export interface ZoneTable {
	zone: string;
	from: number;
	to: number;
	starts: number[];
	offsets: number[];
	names: string[];
}

const tables = new Map<string, ZoneTable[]>();

/**
 * Reads the instants `table` covers from it instead of from Intl. A table within one already
 * seeded adds nothing (an event page's few days, inside the chart's span) and is not kept.
 */
export function seedZoneTable(table: ZoneTable): void {
	const known = tables.get(table.zone) ?? [];
	if (known.some((t) => t.from <= table.from && table.to <= t.to)) return;
	tables.set(table.zone, [...known, table]);
}

/** The seeded table that covers instant `ms`, and the index of its run that holds it. */
function seededRun(ms: number, zone: string): [ZoneTable, number] | undefined {
	for (const table of tables.get(zone) ?? []) {
		if (ms < table.from || ms > table.to) continue;
		let lo = 0;
		let hi = table.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((table.starts[mid] ?? Infinity) <= ms) lo = mid;
			else hi = mid - 1;
		}
		return [table, lo];
	}
	return undefined;
}

/** The zone's short name at `ms` ("EDT") from a seeded table, or undefined if none covers it. */
export function seededZoneName(ms: number, zone: string): string | undefined {
	const hit = seededRun(ms, zone);
	return hit && hit[0].names[hit[1]];
}

function offsetAt(ms: number, zone: string): number {
	const hit = seededRun(ms, zone);
	return (hit && hit[0].offsets[hit[1]]) ?? intlOffset(ms, zone);
}

/** A day's offsets: one number when steady, or its change: [instant, before, after]. */
type DayOffsets = number | [at: number, before: number, after: number];
const dayOffsets = new Map<string, Map<number, DayOffsets>>();

/** The offsets of UTC day `day`, finding a change by bisecting to the minute between its ends. */
function offsetsOfDay(day: number, zone: string): DayOffsets {
	const before = offsetAt(day * DAY, zone);
	const after = offsetAt((day + 1) * DAY, zone);
	if (before === after) return before;
	let lo = (day * DAY) / MINUTE;
	let hi = ((day + 1) * DAY) / MINUTE;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (offsetAt(mid * MINUTE, zone) === before) lo = mid;
		else hi = mid;
	}
	return [hi * MINUTE, before, after];
}

function offsetsOf(day: number, zone: string): DayOffsets {
	let cache = dayOffsets.get(zone);
	if (!cache) dayOffsets.set(zone, (cache = new Map()));
	let offsets = cache.get(day);
	if (offsets === undefined) {
		offsets = offsetsOfDay(day, zone);
		if (cache.size > 200_000) cache.clear();
		cache.set(day, offsets);
	}
	return offsets;
}

/**
 * Stands, in place of a zone name, for the reader's own clock. Its offsets come from the runtime's
 * local time (Date), which needs no Intl; its name is not known.
 */
export const READER_CLOCK = 'reader-clock';

/**
 * The zone's offset from UTC at instant `ms`, in ms (positive east of Greenwich), to the minute.
 * It assumes a zone changes its clocks at most once in a UTC day: the closest two changes of any
 * zone since 1970 are about a week apart (Brazil, October 2000).
 */
export function zoneOffset(ms: number, zone: string): number {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
	if (zone === READER_CLOCK) return -new Date(ms).getTimezoneOffset() * MINUTE || 0;
	const offsets = offsetsOf(Math.floor(ms / DAY), zone);
	return typeof offsets === 'number' ? offsets : ms < offsets[0] ? offsets[1] : offsets[2];
}

/** A change of offset: from `at` on, the zone is `after` ms east of UTC instead of `before`. */
export interface ZoneChange {
	at: number;
	before: number;
	after: number;
}

/** Every change of offset in `zone` during [from, to). */
export function zoneChanges(zone: string, from: number, to: number): ZoneChange[] {
	const out: ZoneChange[] = [];
	if (zone === 'UTC' || zone === 'Etc/UTC') return out;
	for (let day = Math.floor(from / DAY); day * DAY < to; day++) {
		const offsets = offsetsOf(day, zone);
		if (typeof offsets === 'number') continue;
		const [at, before, after] = offsets;
		if (at >= from && at < to) out.push({ at, before, after });
	}
	return out;
}

/**
 * The table of `zone` over [from, to] for `seedZoneTable()`; `nameAt` gives the zone's short name
 * at an instant.
 */
export function zoneTable(
	zone: string,
	from: number,
	to: number,
	nameAt: (ms: number) => string
): ZoneTable {
	const starts = [from];
	const offsets = [zoneOffset(from, zone)];
	for (const change of zoneChanges(zone, from + 1, to + 1)) {
		starts.push(change.at);
		offsets.push(change.after);
	}
	return { zone, from, to, starts, offsets, names: starts.map(nameAt) };
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

/**
 * The change of offset that skipped a wall-clock time in `zone` (02:30 on a spring-forward night),
 * or undefined when the clocks showed it. Fields as `wallTime` takes them.
 */
export function skippedBy(
	zone: string,
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number
): ZoneChange | undefined {
	const at = wallTime(zone, year, month, day, hour, minute);
	const shown = wallFields(at, zone);
	if (shown.day === day && shown.hour === hour && shown.minute === minute) return undefined;
	return zoneChanges(zone, at - DAY, at + DAY).find((c) => c.after > c.before);
}

/** local day number → yyyy-MM-dd */
const isoDays = new Map<number, string>();

/** The local day of instant `ms` in `zone`, as a count of days since 1970-01-01. */
export function localDay(ms: number, zone: string): number {
	return Math.floor((ms + zoneOffset(ms, zone)) / DAY);
}

/** A count of days since 1970-01-01 as yyyy-MM-dd. */
export function isoDate(day: number): string {
	let text = isoDays.get(day);
	if (text === undefined) {
		const d = new Date(day * DAY);
		const year = d.getUTCFullYear();
		const yyyy = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
		text = `${yyyy}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
		if (isoDays.size > 200_000) isoDays.clear();
		isoDays.set(day, text);
	}
	return text;
}

/** The local date of instant `ms` in `zone`, as yyyy-MM-dd. */
export function localDate(ms: number, zone: string): string {
	return isoDate(localDay(ms, zone));
}

/** An offset in minutes as its sign, whole hours and the minutes left: -570 is -(9 h 30 min). */
export function offsetParts(minutes: number): {
	negative: boolean;
	hours: number;
	minutes: number;
} {
	const abs = Math.abs(minutes);
	return { negative: minutes < 0, hours: Math.floor(abs / 60), minutes: abs % 60 };
}
