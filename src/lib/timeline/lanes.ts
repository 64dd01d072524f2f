/**
 * Lanes the reader can switch: one per affiliation of the participants (an event with several
 * affiliations appears in each of their lanes, joined by a connector), one per kind, or a single
 * lane. Built once per (events, mode) in O(n · lanes per event); events arrive sorted, so every
 * lane's items are sorted by start without another sort.
 */
import { EVENT_KINDS } from '$lib/data/vocabulary';
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
	/** each event's index in `events`, by id */
	positions: Map<string, number>;
}

export interface LaneLayout {
	mode: LaneMode;
	lanes: Lane[];
	/** for each event id, the indices of the lanes it appears in */
	lanesOf: Map<string, number[]>;
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
	const orderIndex = new Map(order.map((o, i) => [o.id, i]));
	const unknown = orderIndex.get('unknown') ?? 0;
	const buckets: ChartEvent[][] = order.map(() => []);
	// for each event, the indices (into `order`) of its lanes; one small array per event, no sets
	const eventLanes: number[][] = new Array(events.length);
	events.forEach((event, i) => {
		let keys: number[];
		if (mode === 'single') keys = [0];
		else if (mode === 'kind') keys = [orderIndex.get(event.kind) ?? 0];
		else {
			keys = [];
			for (const actor of event.actors) {
				const affiliation = affiliationOf.get(actor);
				const k = affiliation === undefined ? unknown : (orderIndex.get(affiliation) ?? unknown);
				if (!keys.includes(k)) keys.push(k);
			}
		}
		for (const k of keys) buckets[k]?.push(event);
		eventLanes[i] = keys;
	});
	const lanes: Lane[] = [];
	// where each entry of `order` ended up among the kept lanes (-1: empty, dropped)
	const kept = order.map((o, k) => {
		const laneEvents = buckets[k] ?? [];
		if (laneEvents.length === 0) return -1;
		let maxSpan = 0;
		const starts = new Float64Array(laneEvents.length);
		const positions = new Map<string, number>();
		laneEvents.forEach((e, i) => {
			starts[i] = e.start;
			positions.set(e.id, i);
			if (e.end - e.start > maxSpan) maxSpan = e.end - e.start;
		});
		lanes.push({ id: o.id, label: o.label, events: laneEvents, starts, maxSpan, positions });
		return lanes.length - 1;
	});
	const lanesOf = new Map<string, number[]>();
	events.forEach((event, i) => {
		lanesOf.set(
			event.id,
			(eventLanes[i] ?? []).map((k) => kept[k] ?? -1).filter((l) => l >= 0)
		);
	});
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
