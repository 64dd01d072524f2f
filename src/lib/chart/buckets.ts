/**
 * Same-day buckets: the events of one lane grouped by the calendar day (in the display zone) they
 * start on. Built once per (lanes, zone) in O(n): lane events are sorted, so a day's events are a
 * contiguous run and each day's bounds are computed once, not once per event.
 */
import { localDay, wallTime } from '$lib/time/zone-math';

export interface DayBucket {
	/** the local day's bounds in epoch ms (23–25 hours across DST) */
	start: number;
	end: number;
	/** index range [from, to) into the lane's events */
	from: number;
	to: number;
}

/** zone → local day number → the day's bounds: lanes share their days, and zooms their zone */
const bounds = new Map<string, Map<number, readonly [number, number]>>();

/** [start, end) of the zone's calendar day that contains `ms`. */
export function dayBounds(ms: number, zone: string): readonly [number, number] {
	const day = localDay(ms, zone);
	let days = bounds.get(zone);
	if (!days) bounds.set(zone, (days = new Map()));
	let found = days.get(day);
	if (!found) {
		// local day `day` is day `day + 1` of January 1970, counted as Date.UTC does
		found = [wallTime(zone, 1970, 0, day + 1), wallTime(zone, 1970, 0, day + 2)];
		if (days.size > 200_000) days.clear();
		days.set(day, found);
	}
	return found;
}

/** Buckets for sorted `starts`, in order. */
export function dayBuckets(starts: ArrayLike<number>, zone: string): DayBucket[] {
	const buckets: DayBucket[] = [];
	let current: DayBucket | undefined;
	for (let i = 0; i < starts.length; i++) {
		const s = starts[i] as number;
		if (current && s < current.end) {
			current.to = i + 1;
			continue;
		}
		const [start, end] = dayBounds(s, zone);
		current = { start, end, from: i, to: i + 1 };
		buckets.push(current);
	}
	return buckets;
}

/** The index of the bucket that holds event index `i` (buckets cover every index, in order). */
export function bucketOf(buckets: readonly DayBucket[], i: number): number {
	let lo = 0;
	let hi = buckets.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if ((buckets[mid] as DayBucket).from <= i) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
