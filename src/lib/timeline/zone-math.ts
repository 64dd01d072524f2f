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
