/**
 * Wall-clock times, UTC offsets and offset changes of IANA zones, from the runtime's own zone
 * database (Intl). Exports need them to write local times with their offset and to describe a
 * zone's rules to calendar programs (VTIMEZONE).
 */

import { twoDigits as p2 } from '$lib/time/calendar-words';
import { offsetParts, wallClock, zoneChanges, type Wall } from '$lib/time/zone-math';

// the wall clock is read through the timeline's cached formatters; exports use it as it is
export { wallClock, type Wall };

/** Minutes east of UTC in `zone` at instant `ms`: -480 in Anchorage in summer, 180 in Moscow. */
export function utcOffset(ms: number, zone: string): number {
	const w = wallClock(ms, zone);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** An offset as `+HHMM`/`-HHMM` (iCalendar) or `+HH:MM` (ISO 8601, with `separator = ':'`). */
export function formatOffset(minutes: number, separator = ''): string {
	const parts = offsetParts(minutes);
	return `${parts.negative ? '-' : '+'}${p2(parts.hours)}${separator}${p2(parts.minutes)}`;
}

/** `2025-08-15T11:26:00-08:00`: the instant as local time in `zone`, with its offset. */
export function isoInZone(ms: number, zone: string): string {
	const w = wallClock(ms, zone);
	const offset = utcOffset(ms, zone);
	return `${w.year}-${p2(w.month)}-${p2(w.day)}T${p2(w.hour)}:${p2(w.minute)}:${p2(w.second)}${formatOffset(offset, ':')}`;
}

/** `2025-08-15T19:26:00Z` */
export function isoUtc(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A change of UTC offset: from `at` on, the offset is `to` instead of `from`. */
export interface Transition {
	at: number;
	from: number;
	to: number;
}

/** Every offset change in `zone` during [from, to), to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
	return zoneChanges(zone, from, to).map((c) => ({
		at: c.at,
		from: c.before / 60_000,
		to: c.after / 60_000
	}));
}
