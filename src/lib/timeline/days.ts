/**
 * The list view's days. In the event's-own-zone view each event goes under its local date where it
 * happened (the Saturday statement in Brussels is on Saturday, even while it is Friday in
 * Anchorage); in UTC or the reader's zone, under that zone's date.
 */
import { isoDate, localDay } from './zone-math';

export interface DayGroup<T> {
	/** yyyy-MM-dd */
	key: string;
	events: T[];
}

/** What grouping needs of an event: its start, and its day in its own zone (from the build). */
export interface DayDated {
	start: number;
	/** the day it starts on in its own zone, in days since 1970-01-01 */
	localDay: number;
}

/**
 * The local date an event starts on, yyyy-MM-dd, in `zone` or else its own zone. Cheap enough to
 * run for 100,000 events when the reader changes zone (see `localDay()`).
 */
export function dayKey(event: DayDated, zone?: string): string {
	return isoDate(zone === undefined ? event.localDay : localDay(event.start, zone));
}

/**
 * Groups sorted events by day, days in date order and events in their given order. `zone`
 * undefined groups each event by its own zone's date.
 */
export function groupByDay<T extends DayDated>(events: readonly T[], zone?: string): DayGroup<T>[] {
	// grouped by day number, named once per day: 100,000 events make a few thousand strings
	const groups = new Map<number, T[]>();
	for (const e of events) {
		const day = zone === undefined ? e.localDay : localDay(e.start, zone);
		const list = groups.get(day);
		if (list) list.push(e);
		else groups.set(day, [e]);
	}
	return [...groups]
		.sort(([a], [b]) => a - b)
		.map(([day, list]) => ({ key: isoDate(day), events: list }));
}
