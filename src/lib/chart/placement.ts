/**
 * Per-frame placement of one lane's visible events: rows, labels that never overlap, and count
 * badges where a day's events cannot fit. Only the events in view are looked at (binary search on
 * the lane's sorted starts), and above `maxMarks` of them the lane switches to aggregated badges
 * over the precomputed day buckets, so the cost per frame follows what is drawn, not the data size.
 */
import type { ChartEvent } from './data';
import { bucketOf, type DayBucket } from './buckets';
import { visibleSlice, type Lane } from './lanes';
import { KEY_MARK } from './encoding';
import { estimateTextWidth, truncateToWidth, type TextMeasure } from './text-width';
import { DAY } from '$lib/time/durations';

/** Half the width of a glyph, in px. */
export const GLYPH_RADIUS = 6;
/** Half the width of an event's glyph: a key event's is larger. */
export const glyphRadius = (event: Pick<ChartEvent, 'key'>): number =>
	event.key ? GLYPH_RADIUS * KEY_MARK.scale : GLYPH_RADIUS;
/** The free space kept between two things in a row, in px. */
export const GAP = 6;
const LABEL_OFFSET = 4;
/**
 * The room a label keeps while rows are handed out, px: enough to read, small enough to leave
 * room for the next mark. `fitLabels` then lets each label use the room it has.
 */
export const LABEL_RESERVE = 110;
/** A key event's label is bold: it measures about this much wider, where `measure.bold` is absent. */
const BOLD = 1.1;
/** A label's measure, for its event: bolder for a key event, plus its halo's 1.5 px a side. */
function labelMeasure(
	measure: TextMeasure,
	event: Pick<ChartEvent, 'key'>
): (text: string) => number {
	const width = !event.key ? measure : (measure.bold ?? ((text) => measure(text) * BOLD));
	return (text) => Math.ceil(width(text)) + 3;
}

export interface PlacedEvent {
	type: 'event';
	event: ChartEvent;
	row: number;
	/** x of the start and the end of the event's span (equal for an instant) */
	x0: number;
	x1: number;
	instant: boolean;
	/** the label as drawn ('' when hidden: no room) */
	label: string;
	/** where the label starts, as measured */
	labelX: number;
	/**
	 * present when the label is left of its mark (the chart's edge would cut it on the right): where
	 * it ends, the point it is drawn from, so that the browser's own measure puts it by its mark
	 */
	labelEnd?: number;
}

export interface PlacedCluster {
	type: 'cluster';
	key: string;
	row: number;
	/** the time range the badge stands for */
	start: number;
	end: number;
	count: number;
	/** the range in px, clipped to the chart */
	x0: number;
	x1: number;
	badgeX: number;
	badgeWidth: number;
	label: string;
	/** true when the badge counts the rest of a day whose other events are drawn one by one */
	more?: boolean;
}

export interface LanePlacement {
	events: PlacedEvent[];
	clusters: PlacedCluster[];
	/** true when the lane showed too many events for single marks and drew density badges instead */
	aggregated: boolean;
	/** how many rows the placement uses (the lane's height follows it) */
	rows: number;
}

export interface PlaceOptions {
	/** the time scale */
	x: (t: number) => number;
	/** the visible window, epoch ms */
	view: readonly [number, number];
	width: number;
	/** the most rows the lane may use */
	rows: number;
	/** false at the deepest zoom: there is no closer view to expand a badge into */
	collapse?: boolean;
	/** events always drawn as single marks (the focused and the selected one), by id */
	pinned?: ReadonlyMap<string, ChartEvent>;
	/**
	 * Events already labelled in another lane: here they get a mark only, and the connector leads to
	 * their label. The ids this lane labels are added to it.
	 */
	labelled?: Set<string>;
	/** above this many events in view, the lane aggregates (default: one per 10 px) */
	maxMarks?: number;
	measure?: TextMeasure;
}

/** "7", "999", "1.2k", "35k". */
export function countLabel(n: number): string {
	if (n < 1000) return String(n);
	if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
	return `${Math.round(n / 1000)}k`;
}

/** The width of a count badge's pill for its label, px. */
export function badgeWidth(
	label: string,
	measure: (text: string) => number = estimateTextWidth
): number {
	return Math.max(22, measure(label) + 12);
}

class RowState {
	end: number[];
	markEnd: number[];
	last: (PlacedEvent | null)[];
	constructor(rows: number) {
		this.end = Array(rows).fill(-Infinity);
		this.markEnd = Array(rows).fill(-Infinity);
		this.last = Array(rows).fill(null);
	}
	snapshot() {
		return {
			end: [...this.end],
			markEnd: [...this.markEnd],
			last: [...this.last],
			labels: this.last.map((p) => p?.label ?? '')
		};
	}
	/** Goes back to a snapshot, which stays whole: a crowded day may go back to it twice. */
	restore(s: ReturnType<RowState['snapshot']>) {
		this.end = [...s.end];
		this.markEnd = [...s.markEnd];
		this.last = [...s.last];
		s.last.forEach((p, r) => {
			if (p) p.label = s.labels[r] ?? '';
		});
	}
	/** Whether a row is free at `left`, with no label given up for it. */
	free(left: number): boolean {
		return this.end.some((e) => e + GAP <= left);
	}
	/**
	 * A row free at `left`; failing that, a row freed by hiding its last label (never a pinned or
	 * a key event's: the selected, focused and key events keep theirs); else -1.
	 */
	find(left: number, pinned: ReadonlyMap<string, unknown>): number {
		const free = this.end.findIndex((e) => e + GAP <= left);
		if (free >= 0) return free;
		const keeps = (p: PlacedEvent | null | undefined) =>
			!!p && (pinned.has(p.event.id) || !!p.event.key);
		const retract = this.markEnd.findIndex((e, r) => e + GAP <= left && !keeps(this.last[r]));
		const last = this.last[retract];
		if (retract >= 0 && last) last.label = '';
		return retract;
	}
	/**
	 * The row whose content ends first, for placements that must go somewhere: a row that ends in
	 * a pinned or key event's label only when every row does, so that label stays whole.
	 */
	least(pinned: ReadonlyMap<string, unknown>): number {
		const keeps = (r: number) => {
			const p = this.last[r];
			return !!p && (pinned.has(p.event.id) || !!p.event.key);
		};
		let best = -1;
		this.end.forEach((e, r) => {
			if (keeps(r)) return;
			if (best < 0 || e < (this.end[best] as number)) best = r;
		});
		return best >= 0 ? best : this.emptiest();
	}
	/** The row whose content ends first: the most room left of a point. */
	emptiest(): number {
		let best = 0;
		this.end.forEach((e, r) => {
			if (e < (this.end[best] as number)) best = r;
		});
		return best;
	}
	take(row: number, right: number, markRight: number, placed: PlacedEvent | null) {
		this.end[row] = right;
		this.markEnd[row] = markRight;
		this.last[row] = placed;
	}
}

/** Places the lane's visible events. `buckets` are the lane's day buckets in the display zone. */
export function placeLane(
	lane: Lane,
	buckets: readonly DayBucket[],
	opts: PlaceOptions
): LanePlacement {
	const { x, view, width, rows } = opts;
	const measure = opts.measure ?? estimateTextWidth;
	const pinned = opts.pinned ?? new Map<string, ChartEvent>();
	const labelled = opts.labelled ?? new Set<string>();
	const collapse = opts.collapse ?? true;
	const maxMarks = opts.maxMarks ?? Math.max(12, Math.floor(width / 20));
	const state = new RowState(rows);
	const events: PlacedEvent[] = [];
	const clusters: PlacedCluster[] = [];
	const [from, to] = visibleSlice(lane, view);
	const clip = (px: number) => Math.min(width, Math.max(0, px));

	const geometry = (event: ChartEvent) => {
		const x0 = x(event.start);
		const instant = !!event.instant;
		const x1 = instant ? x0 : Math.max(x(event.end), x0 + 2);
		const r = glyphRadius(event);
		const left = x0 - r;
		const markRight = Math.max(x1, x0 + r);
		return { x0, x1, instant, left, markRight };
	};

	/**
	 * Labels an event left of its mark where the chart's edge would cut its label on the right, in
	 * the row with the most room there, if that is more room. Returns false when it stays right.
	 */
	const placeLeft = (event: ChartEvent, g: ReturnType<typeof geometry>): boolean => {
		if (labelled.has(event.id) && !event.key) return false;
		const measureLabel = labelMeasure(measure, event);
		const full = measureLabel(event.title);
		const rightRoom = width - Math.max(g.x0 + glyphRadius(event) + LABEL_OFFSET, LABEL_OFFSET);
		if (full <= rightRoom) return false;
		const row = state.emptiest();
		const end = g.left - LABEL_OFFSET;
		const room = end - Math.max((state.end[row] as number) + GAP, 0);
		if (room <= rightRoom) return false;
		const label = truncateToWidth(event.title, Math.min(full, room), measureLabel);
		if (!label) return false;
		const placed: PlacedEvent = {
			type: 'event',
			event,
			row,
			...g,
			label,
			labelX: end - measureLabel(label),
			labelEnd: end
		};
		events.push(placed);
		state.take(row, g.markRight, g.markRight, placed);
		return true;
	};

	/**
	 * Places one event; with `force`, even where it overlaps. Returns false when it does not fit.
	 * `left`: its label may stand left of its mark.
	 */
	const placeEvent = (event: ChartEvent, force: boolean, left = true): boolean => {
		const g = geometry(event);
		if (left && placeLeft(event, g)) return true;
		let row = state.find(g.left, pinned);
		if (row < 0) {
			if (!force) return false;
			row = state.least(pinned);
		}
		// a label sticks to the left edge when its event started before the view
		const labelX = Math.max(g.x0 + glyphRadius(event) + LABEL_OFFSET, LABEL_OFFSET);
		// a key event is labelled in every lane it is in; another, in the first with room for it
		// a key event keeps room for its whole title: the next marks go to other rows
		const measureLabel = labelMeasure(measure, event);
		const reserve = event.key ? measureLabel(event.title) : LABEL_RESERVE;
		const label =
			labelled.has(event.id) && !event.key
				? ''
				: truncateToWidth(event.title, Math.min(reserve, width - labelX), measureLabel);
		const labelRight = label ? labelX + measureLabel(label) : -Infinity;
		const placed: PlacedEvent = { type: 'event', event, row, ...g, label, labelX };
		events.push(placed);
		state.take(row, Math.max(g.markRight, labelRight), g.markRight, placed);
		return true;
	};

	const placeCluster = (
		key: string,
		start: number,
		end: number,
		count: number,
		anchor: number,
		more = false
	): boolean => {
		const label = countLabel(count);
		const width = badgeWidth(label, measure);
		const previous = clusters[clusters.length - 1];
		const badgeX = Math.max(anchor, 0);
		let row = state.find(badgeX, pinned);
		if (row < 0 && previous && previous.badgeX + previous.badgeWidth + GAP > badgeX) {
			// no room, and the previous badge is in the way: fold this one into it
			previous.count += count;
			previous.more ||= more;
			previous.end = Math.max(previous.end, end);
			previous.x1 = clip(x(previous.end));
			previous.label = countLabel(previous.count);
			previous.badgeWidth = badgeWidth(previous.label, measure);
			return true;
		}
		let shiftedX = badgeX;
		let clear = row >= 0;
		if (row < 0) {
			row = state.least(pinned);
			// a badge may move right along the days it stands for, past what ends its row
			const after = (state.end[row] as number) + GAP;
			if (after > badgeX && after + width <= clip(x(end))) {
				shiftedX = after;
				clear = true;
			}
		}
		clusters.push({
			type: 'cluster',
			key,
			row,
			start,
			end,
			count,
			x0: clip(x(start)),
			x1: clip(x(end)),
			badgeX: shiftedX,
			badgeWidth: width,
			label,
			more
		});
		state.take(row, shiftedX + width, shiftedX + width, null);
		return clear;
	};

	const visible = (e: ChartEvent) => e.end > view[0] && e.start < view[1];
	const pinnedHere: ChartEvent[] = [];

	if (to - from > maxMarks) {
		// aggregated: one badge per bin of whole days, bins at least 36 px wide
		const dayPx = Math.abs(x(view[0] + DAY) - x(view[0]));
		const binDays = Math.max(1, Math.ceil(36 / Math.max(dayPx, 1e-9)));
		let bin: { key: number; start: number; end: number; count: number } | undefined;
		const flush = () => {
			if (bin)
				placeCluster(`${lane.id}:${bin.start}`, bin.start, bin.end, bin.count, clip(x(bin.start)));
		};
		// pinned events are few: find them by their start instead of testing every event
		const pinnedAt: number[] = [];
		for (const pinnedEvent of pinned.values()) {
			const i = lane.indexOf(pinnedEvent);
			if (i < from || i >= to) continue;
			const e = lane.events[i] as ChartEvent;
			if (visible(e)) {
				pinnedAt.push(i);
				pinnedHere.push(e);
			}
		}
		for (let b = bucketOf(buckets, from); b < buckets.length; b++) {
			const bucket = buckets[b] as DayBucket;
			if (bucket.from >= to) break;
			const lo = Math.max(bucket.from, from);
			const hi = Math.min(bucket.to, to);
			let count = hi - lo;
			// a day that starts before the view holds events that may have ended before it
			if (bucket.start < view[0]) {
				count = 0;
				for (let i = lo; i < hi; i++) if (visible(lane.events[i] as ChartEvent)) count++;
			}
			for (const i of pinnedAt) if (i >= lo && i < hi) count--;
			if (count === 0) continue;
			const key = Math.floor(bucket.start / (binDays * DAY));
			if (bin && bin.key === key) {
				bin.count += count;
				bin.end = bucket.end;
			} else {
				flush();
				bin = { key, start: bucket.start, end: bucket.end, count };
			}
		}
		flush();
		for (const e of pinnedHere) placeEvent(e, true);
		return finish(true);
	}

	let i = from;
	while (i < to) {
		const bucket = buckets[bucketOf(buckets, i)] as DayBucket;
		const groupEnd = Math.min(bucket.to, to);
		const group: ChartEvent[] = [];
		for (; i < groupEnd; i++) {
			const e = lane.events[i] as ChartEvent;
			if (visible(e)) group.push(e);
		}
		if (group.length === 0) continue;
		const snapshot = state.snapshot();
		const mark = events.length;
		let fits = true;
		for (const e of group) {
			if (!placeEvent(e, !collapse || group.length === 1)) {
				fits = false;
				break;
			}
		}
		if (fits) continue;
		// the day does not fit: undo it, and show as many of its events as leave a row for a badge
		// counting the rest (pinned and key events stay single marks: a key event is labelled in
		// every lane it is in)
		state.restore(snapshot);
		events.length = mark;
		const stays = (e: ChartEvent) => pinned.has(e.id) || !!e.key;
		// events not labelled in a lane above come first: each lane shows others of the same day
		const rest = group
			.filter((e) => !stays(e))
			.sort((a, b) => Number(labelled.has(a.id)) - Number(labelled.has(b.id)));
		// out of time order from here: the single marks first, so that the badge takes a row they
		// leave free. A label left of its mark may stand where the day's badge must go; then the
		// day is placed again with every label on the right.
		const crowded = (left: boolean): boolean => {
			for (const e of group) if (stays(e)) placeEvent(e, true, left);
			let shown = 0;
			while (shown < rest.length) {
				const before = state.snapshot();
				const placedBefore = events.length;
				const next = rest[shown + 1];
				const kept =
					placeEvent(rest[shown] as ChartEvent, false, false) &&
					(!next || state.free(x(next.start) - GLYPH_RADIUS));
				if (!kept) {
					state.restore(before);
					events.length = placedBefore;
					break;
				}
				shown++;
			}
			const first = rest[shown];
			return (
				!first ||
				placeCluster(
					`${lane.id}:${bucket.start}`,
					bucket.start,
					bucket.end,
					rest.length - shown,
					x(first.start) - GLYPH_RADIUS,
					shown > 0
				)
			);
		};
		const clusterMark = clusters.length;
		if (!crowded(true)) {
			state.restore(snapshot);
			events.length = mark;
			clusters.length = clusterMark;
			crowded(false);
		}
	}
	return finish(false);

	function finish(aggregated: boolean): LanePlacement {
		for (const e of events) if (e.label) labelled.add(e.event.id);
		return { events, clusters, aggregated, rows: rowsUsed(events, clusters) };
	}
}

function rowsUsed(events: readonly PlacedEvent[], clusters: readonly PlacedCluster[]): number {
	let max = -1;
	for (const e of events) if (e.row > max) max = e.row;
	for (const c of clusters) if (c.row > max) max = c.row;
	return max + 1;
}

/**
 * The placements with only the first `upTo` of their marks and badges: lane after lane, a lane's
 * marks before its badges. The live chart is built in steps behind the server's drawing.
 */
export function drawnUpTo(placements: readonly LanePlacement[], upTo: number): LanePlacement[] {
	let left = Math.max(0, upTo);
	const take = <T>(items: T[]) => {
		const n = Math.min(left, items.length);
		left -= n;
		return items.slice(0, n);
	};
	return placements.map((p) => ({ ...p, events: take(p.events), clusters: take(p.clusters) }));
}

/** The key of one mark: an event drawn in several lanes has one mark per lane. */
export function markKey(id: string, lane: number): string {
	return `${lane}:${id}`;
}

/**
 * Lets each label use the room it has: up to the next mark, badge or connector in its row, or the
 * chart's edge, cut with "…" only there. Placement keeps `LABEL_RESERVE` px for a label; this runs
 * once the frame's connectors are known, and changes only the labels (a label too short to read
 * where a connector cuts it is hidden: the connector leads to the event's label in another lane).
 */
export function fitLabels(
	placements: readonly LanePlacement[],
	connectors: readonly Connector[],
	width: number,
	measure: TextMeasure = estimateTextWidth
): void {
	// a connector crosses the rows between its top and bottom ends, lane by lane
	const at = (lane: number, row: number) => lane * 1e4 + row;
	const crossing = connectors.map((c) => {
		const ys = c.ends.map((e) => at(e.lane, e.row));
		return { id: c.id, x: c.x, top: Math.min(...ys), bottom: Math.max(...ys) };
	});
	placements.forEach((p, lane) => {
		// what each row holds, from its left edge to its right: a mark's glyph (with its label, when
		// left of it) and a badge
		const held = new Map<number, { left: number; right: number; owner?: PlacedEvent }[]>();
		const add = (row: number, left: number, right: number, owner?: PlacedEvent) => {
			const list = held.get(row);
			if (list) list.push({ left, right, owner });
			else held.set(row, [{ left, right, owner }]);
		};
		for (const e of p.events) {
			const r = glyphRadius(e.event);
			add(e.row, Math.min(e.x0 - r, e.labelX), e.labelEnd ?? e.x0 + r, e);
		}
		for (const c of p.clusters) add(c.row, c.badgeX, c.badgeX + c.badgeWidth);
		for (const e of p.events) {
			if (!e.label) continue;
			const y = at(lane, e.row);
			const measureLabel = labelMeasure(measure, e.event);
			const across = (c: (typeof crossing)[number]) =>
				c.id !== e.event.id && c.top < y && y < c.bottom;
			const end = e.labelEnd;
			if (end !== undefined) {
				// placed with all the room it has: only a connector across it cuts it, from the left
				let left = e.labelX;
				for (const c of crossing) if (across(c) && c.x < end && c.x + GAP > left) left = c.x + GAP;
				if (left === e.labelX) continue;
				e.label = truncateToWidth(e.event.title, end - left, measureLabel);
				e.labelX = end - measureLabel(e.label);
				continue;
			}
			// a badge put where a full row's label starts (at the chart's left edge, where a span from
			// before the view is labelled) moves the label along its bar, or hides it past the bar
			let start = e.labelX;
			for (let moved = true; moved;) {
				moved = false;
				for (const h of held.get(e.row) ?? []) {
					if (h.owner === e || h.left > start || h.right + GAP <= start) continue;
					start = h.right + GAP;
					moved = true;
				}
			}
			if (start !== e.labelX) {
				if (start >= e.x1) {
					e.label = '';
					continue;
				}
				e.labelX = start;
			}
			let right = width;
			for (const { left: x } of held.get(e.row) ?? [])
				if (x > e.labelX && x - GAP < right) right = x - GAP;
			for (const c of crossing) if (across(c) && c.x > e.labelX) right = Math.min(right, c.x - GAP);
			e.label = truncateToWidth(e.event.title, right - e.labelX, measureLabel);
		}
	});
}

export interface Connector {
	id: string;
	x: number;
	/** lane and row of every mark of the event, top to bottom */
	ends: { lane: number; row: number }[];
}

/**
 * A connector for every event drawn as a single mark in two or more lanes. Such an event is
 * labelled in one lane only; the connector leads the eye from its other marks to the label. A key
 * event is labelled in every lane, so it needs none (and its line would cut other labels).
 */
export function connectorsFor(placements: readonly LanePlacement[]): Connector[] {
	const byId = new Map<string, Connector>();
	placements.forEach((p, lane) => {
		for (const placed of p.events) {
			if (placed.event.key) continue;
			const c = byId.get(placed.event.id);
			if (c) c.ends.push({ lane, row: placed.row });
			else
				byId.set(placed.event.id, {
					id: placed.event.id,
					x: placed.x0,
					ends: [{ lane, row: placed.row }]
				});
		}
	});
	return [...byId.values()].filter((c) => c.ends.length > 1);
}
