/**
 * The list view's groups. In the event's-own-zone view each event goes under its heading where it
 * happened (the Saturday statement in Brussels is on Saturday, even while it is Friday in
 * Anchorage); in UTC or the reader's zone a time goes under that zone's date, while a whole day,
 * week, month or year stays the calendar date it is. The rule itself is in `headings.ts`, which
 * the briefing shares.
 */
import { groupByHeading, headingIn, type Headed, type HeadingGroup } from '$lib/time/headings';

export type DayGroup<T> = HeadingGroup<T>;

/** What grouping needs of an event: its span, and its heading in its own zone (from the build). */
export type DayDated = Headed;

/**
 * The heading key an event goes under in `zone`, or else in its own zone. Cheap enough to run for
 * 100,000 events when the reader changes zone (see `localDay()`).
 */
export function dayKey(event: DayDated, zone?: string): string {
	return headingIn(event, zone);
}

/**
 * Groups sorted events under their headings, headings in date order and events in their given
 * order. `zone` undefined groups each event by its own zone's date.
 */
export function groupByDay<T extends DayDated>(events: readonly T[], zone?: string): DayGroup<T>[] {
	return groupByHeading(events, (e) => headingIn(e, zone));
}
