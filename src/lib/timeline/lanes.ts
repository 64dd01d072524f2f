/**
 * Lanes the reader can switch: one per affiliation of the participants (an event with several
 * affiliations appears in each of their lanes, joined by a connector), one per kind, or a single
 * lane. Built once per (events, mode) in O(n · lanes per event); events arrive sorted, so every
 * lane's items are sorted by start without another sort.
 */
import { EVENT_KINDS } from '$lib/data/schema';
import type { ChartActor, ChartAffiliation, ChartEvent } from './chart-data';
import { KIND_LABELS } from './labels';

export const LANE_MODES = ['affiliation', 'kind', 'single'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export const LANE_MODE_LABELS: Record<LaneMode, string> = {
	affiliation: 'By side',
	kind: 'By kind',
	single: 'One lane'
};

export interface Lane {
	id: string;
	label: string;
	/** this lane's events, sorted by start */
	events: ChartEvent[];
	/** the same events' starts, for binary search */
	starts: Float64Array;
	/** the longest span in the lane: how far before a view an event can start and still show */
	maxSpan: number;
}

export interface LaneLayout {
	mode: LaneMode;
	lanes: Lane[];
	/** for each event id, the indices of the lanes it appears in */
	lanesOf: Map<string, number[]>;
}

/** The lane keys of one event under a mode. */
export function laneKeys(
	event: ChartEvent,
	mode: LaneMode,
	affiliationOf: ReadonlyMap<string, string>
): string[] {
	if (mode === 'single') return ['all'];
	if (mode === 'kind') return [event.kind];
	const keys = new Set<string>();
	for (const actor of event.actors) keys.add(affiliationOf.get(actor) ?? 'unknown');
	return [...keys];
}

/**
 * Lanes for the (sorted) events. Lanes come in the data's affiliation order or the schema's kind
 * order, and only lanes with at least one event are kept.
 */
export function buildLanes(
	events: readonly ChartEvent[],
	mode: LaneMode,
	{
		actors,
		affiliations
	}: { actors: readonly ChartActor[]; affiliations: readonly ChartAffiliation[] }
): LaneLayout {
	const affiliationOf = new Map(actors.map((a) => [a.id, a.affiliation]));
	const order: { id: string; label: string }[] =
		mode === 'single'
			? [{ id: 'all', label: 'All events' }]
			: mode === 'kind'
				? EVENT_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] }))
				: [
						...affiliations.map((a) => ({ id: a.id, label: a.name })),
						{ id: 'unknown', label: 'Unaffiliated' }
					];
	const buckets = new Map<string, ChartEvent[]>(order.map((o) => [o.id, []]));
	const keysOf = new Map<string, string[]>();
	for (const event of events) {
		const keys = laneKeys(event, mode, affiliationOf);
		keysOf.set(event.id, keys);
		for (const key of keys) buckets.get(key)?.push(event);
	}
	const lanes: Lane[] = [];
	const indexOf = new Map<string, number>();
	for (const { id, label } of order) {
		const laneEvents = buckets.get(id) ?? [];
		if (laneEvents.length === 0) continue;
		indexOf.set(id, lanes.length);
		let maxSpan = 0;
		const starts = new Float64Array(laneEvents.length);
		laneEvents.forEach((e, i) => {
			starts[i] = e.start;
			if (e.end - e.start > maxSpan) maxSpan = e.end - e.start;
		});
		lanes.push({ id, label, events: laneEvents, starts, maxSpan });
	}
	const lanesOf = new Map<string, number[]>();
	for (const [id, keys] of keysOf) {
		lanesOf.set(
			id,
			keys.map((k) => indexOf.get(k)).filter((i): i is number => i !== undefined)
		);
	}
	return { mode, lanes, lanesOf };
}

/** The first index i with values[i] >= target (values sorted ascending). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((values[mid] as number) < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index range [from, to) of a lane's events that can overlap the window [a, b). */
export function visibleSlice(lane: Lane, [a, b]: readonly [number, number]): [number, number] {
	return [lowerBound(lane.starts, a - lane.maxSpan), lowerBound(lane.starts, b)];
}
