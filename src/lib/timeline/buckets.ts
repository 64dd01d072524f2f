/**
 * Same-day buckets: the events of one lane grouped by the calendar day (in the display zone) they
 * start on. Built once per (lanes, zone) in O(n): lane events are sorted, so a day's events are a
 * contiguous run and each day's bounds are computed once, not once per event.
 */
import { wallFields, wallTime } from './zone-math';

export interface DayBucket {
	/** the local day's bounds in epoch ms (23–25 hours across DST) */
	start: number;
	end: number;
	/** index range [from, to) into the lane's events */
	from: number;
	to: number;
}

/** [start, end) of the zone's calendar day that contains `ms`. */
export function dayBounds(ms: number, zone: string): [number, number] {
	const { year, month, day } = wallFields(ms, zone);
	return [wallTime(zone, year, month, day), wallTime(zone, year, month, day + 1)];
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
