/**
 * Lanes the reader can switch: one per affiliation of the participants (an event with several
 * affiliations appears in each of their lanes, joined by a connector), one per kind, or a single
 * lane. Built once per (events, mode) in O(n · lanes per event); events arrive sorted, so every
 * lane's items are sorted by start without another sort.
 */
import { EVENT_KINDS } from '$lib/data/vocabulary';
import type { ChartActor, ChartAffiliation, ChartEvent } from './data';
import { KIND_WORDS } from '$lib/data/words';
import { m } from '$lib/i18n';
import { wordsOf } from '$lib/i18n/words-of';

export const LANE_MODES = ['affiliation', 'kind', 'single'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** The lane modes in words, in the language in force when read. */
export const LANE_MODE_LABELS: Readonly<Record<LaneMode, string>> = wordsOf({
	affiliation: m.chart_lane_mode_affiliation,
	kind: m.chart_lane_mode_kind,
	single: m.chart_lane_mode_single
});

export interface Lane {
	id: string;
	label: string;
	/** this lane's events, sorted by start */
	events: ChartEvent[];
	/** the same events' starts, for binary search */
	starts: Float64Array;
	/** the longest span in the lane: how far before a view an event can start and still show */
	maxSpan: number;
	/** where an event is in `events` (found by its start, then its id), or -1 */
	indexOf(event: ChartEvent): number;
}

export interface LaneLayout {
	mode: LaneMode;
	lanes: Lane[];
	/** the indices of the lanes an event appears in, top to bottom (none for an unknown event) */
	lanesOf(event: ChartEvent): number[];
}

/**
 * Lanes for the (sorted) events. Lanes come in the data's affiliation order or the schema's kind
 * order, and only lanes with at least one event are kept.
 *
 * This runs while a page starts, so it allocates only the lanes. Where an event is in a lane is
 * found by binary search on its start, when asked (for the few selected or focused events), so no
 * lookup table by id is built for every event, at start-up or at the first key press.
 */
export function buildLanes(
	events: readonly ChartEvent[],
	mode: LaneMode,
	{
		actors,
		affiliations
	}: { actors: readonly ChartActor[]; affiliations: readonly ChartAffiliation[] }
): LaneLayout {
	const order: { id: string; label: string }[] =
		mode === 'single'
			? [{ id: 'all', label: m.chart_lane_all() }]
			: mode === 'kind'
				? EVENT_KINDS.map((k) => ({ id: k, label: KIND_WORDS[k] }))
				: [
						...affiliations.map((a) => ({ id: a.id, label: a.name })),
						{ id: 'unknown', label: m.chart_lane_unaffiliated() }
					];
	const orderIndex = new Map(order.map((o, i) => [o.id, i]));
	const buckets: ChartEvent[][] = order.map(() => []);
	if (mode === 'single') buckets[0] = events.slice();
	else if (mode === 'kind') for (const e of events) buckets[orderIndex.get(e.kind) ?? 0]?.push(e);
	else {
		const unknown = order.length - 1;
		const laneOfActor = new Map(
			actors.map((a) => [a.id, orderIndex.get(a.affiliation ?? 'unknown') ?? unknown])
		);
		for (const e of events) {
			// the lanes this event is already in: a bit each for the first 31, a list beyond
			let seen = 0;
			let more: number[] | undefined;
			for (const actor of e.actors) {
				const k = laneOfActor.get(actor) ?? unknown;
				if (k < 31) {
					if (seen & (1 << k)) continue;
					seen |= 1 << k;
				} else if (more?.includes(k)) continue;
				else (more ??= []).push(k);
				buckets[k]?.push(e);
			}
		}
	}
	const lanes: Lane[] = [];
	order.forEach((o, k) => {
		const laneEvents = buckets[k] ?? [];
		if (laneEvents.length > 0) lanes.push(makeLane(o.id, o.label, laneEvents));
	});
	return {
		mode,
		lanes,
		lanesOf: (event) => lanes.flatMap((lane, i) => (lane.indexOf(event) >= 0 ? [i] : []))
	};
}

function makeLane(id: string, label: string, events: ChartEvent[]): Lane {
	let maxSpan = 0;
	const starts = new Float64Array(events.length);
	for (let i = 0; i < events.length; i++) {
		const e = events[i] as ChartEvent;
		starts[i] = e.start;
		if (e.end - e.start > maxSpan) maxSpan = e.end - e.start;
	}
	return {
		id,
		label,
		events,
		starts,
		maxSpan,
		indexOf(event) {
			for (let i = lowerBound(starts, event.start); starts[i] === event.start; i++) {
				if ((events[i] as ChartEvent).id === event.id) return i;
			}
			return -1;
		}
	};
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
