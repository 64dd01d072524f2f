/**
 * The state of one timeline chart. The zoom is a transform in `$state`; the scale, ticks, lanes
 * and placements are `$derived` from it, so a gesture only writes a transform and the maths runs
 * once per frame. d3-zoom is attached to the SVG to turn gestures into transforms; it never draws.
 */
import { tick } from 'svelte';
import { dayBuckets } from '$lib/chart/buckets';
import type { ChartData, ChartEvent, SearchTexts } from '$lib/chart/data';
import { displayZone, readerZone, type ZoneMode } from '$lib/time/display-zone';
import { filterChartEvents, type Filters } from '$lib/filters/filters';
import { KIND_WORDS } from '$lib/data/words';
import { m } from '$lib/i18n';
import { buildLanes, type LaneMode } from '$lib/chart/lanes';
import { connectorsFor, fitLabels, markKey, placeLane } from '$lib/chart/placement';
import { estimateTextWidth, type TextMeasure } from '$lib/chart/text-width';
import {
	createTimeScale,
	IDENTITY,
	timeExtent,
	visibleRange,
	type ViewTransform
} from '$lib/chart/scale';
import { createTicks, fitTickLabels } from '$lib/chart/ticks';
import { seedZoneTable } from '$lib/time/zone-math';
import type { RememberedView } from './view-memory';
import {
	clampTransform,
	defaultWindow,
	focusWindow,
	inWindow,
	maxZoom,
	panBy,
	transformForWindow,
	zoomAround
} from '$lib/chart/zoom';

/** Vertical geometry of the chart, in px. */
export const GEOMETRY = { axis: 46, header: 20, row: 26, pad: 8 } as const;

/**
 * The most rows a lane may grow to, and the fewest it keeps, so lanes do not jump for one event. One
 * lane has the chart to itself: it may take every row the window's share leaves (`allotRows`).
 */
const MAX_ROWS: Record<LaneMode, number> = { affiliation: 6, kind: 4, single: 24 };
const MIN_ROWS = 2;

/** The most of the window's height the chart takes, so the page around it stays in reach. */
export const MAX_HEIGHT_SHARE = 0.7;

/**
 * The most rows each lane may use in this view, given the rows its events need (`needs`), so that
 * the lanes fit in `maxHeight` px. Rows go by need, not in equal shares: a lane that needs one row
 * leaves the rest to a crowded one. When the lanes need more than fits, each gets up to a common
 * level (rows left over go to none, so no lane pushes the ones below it further down), never
 * fewer than one (a chart with many lanes then scrolls inside its frame). Where all fit, a lane
 * keeps `MIN_ROWS`, so that it does not jump for one event.
 */
export function allotRows(needs: readonly number[], maxHeight: number, maxRows: number): number[] {
	const wants = needs.map((n) => Math.max(1, Math.min(maxRows, n)));
	const kept = wants.map((w) => Math.max(w, Math.min(MIN_ROWS, maxRows)));
	const fit = Math.floor(
		(maxHeight - GEOMETRY.axis - needs.length * (GEOMETRY.header + GEOMETRY.pad)) / GEOMETRY.row
	);
	const sum = (rows: readonly number[]) => rows.reduce((a, b) => a + b, 0);
	if (!(maxHeight > 0) || sum(kept) <= fit) return kept;
	let level = 1;
	while (level < maxRows && sum(wants.map((w) => Math.min(w, level + 1))) <= fit) level++;
	return wants.map((w) => Math.min(w, level));
}

/**
 * Above this many marks and badges in a frame, the browser draws them on a canvas (SVG elements
 * cost too much to restyle and lay out on every frame of a zoom); below `SVG_BELOW`, it goes back
 * to SVG. The gap keeps a zoom hovering near the line from switching on every frame.
 */
export const CANVAS_ABOVE = 60;
export const SVG_BELOW = 40;

/** The width the chart is drawn at before it is measured (and without JavaScript). */
export const DEFAULT_WIDTH = 960;

export interface ChartInputs {
	data: () => ChartData;
	filters: () => Filters;
	selectedId: () => string | undefined;
	onselect: () => ((id: string | null) => void) | undefined;
}

export class ChartState {
	#in: ChartInputs;
	/** tells d3-zoom's own copy of the transform (`zoom-gestures.ts`), once it is bound */
	#follow: ((t: ViewTransform) => void) | undefined;
	#svg: SVGSVGElement | undefined;

	width = $state(DEFAULT_WIDTH);
	/** the window's height, px (0: unknown, as when prerendering): the chart stays well within it */
	viewportHeight = $state(0);
	/** how wide a label is drawn, px: estimated until the browser can measure it */
	measure = $state.raw<TextMeasure>(estimateTextWidth);
	/** the hint shown over the chart, e.g. that zooming takes Ctrl + scroll ('' when none) */
	hint = $state('');
	transform = $state<ViewTransform>(IDENTITY);
	laneMode = $state<LaneMode>('affiliation');
	zoneMode = $state<ZoneMode>('event');
	/** the event under the pointer */
	hovered = $state<{ id: string; lane: number } | null>(null);
	/** the mark with keyboard focus: the roving tab stop */
	focused = $state<{ id: string; lane: number } | null>(null);
	/** whether focus is inside the chart */
	hasFocus = $state(false);
	/** what the live region says: title, date and kind of the event reached by keyboard */
	announcement = $state('');

	/**
	 * `size`: the width and window height to draw at from the start, for a drawing that never
	 * changes (the server's: its derived values are worked out once)
	 */
	constructor(inputs: ChartInputs, size?: { width: number; viewportHeight: number }) {
		this.#in = inputs;
		if (size) {
			this.width = size.width;
			this.viewportHeight = size.viewportHeight;
		}
		const selected = inputs.selectedId();
		// the first render (and the prerendered page) already shows the selected event's neighbourhood
		this.transform = (selected && this.transformFocusing(selected)) || this.homeTransform();
	}

	data = $derived.by(() => {
		const data = this.#in.data();
		// the zones' offsets and names come with the data, so drawing and filtering need no Intl
		for (const table of data.zoneTables) seedZoneTable(table);
		return data;
	});
	/** the summaries, quotes and claims search reads, once fetched, and whose they are */
	#search = $state.raw<{ timeline: string; texts: SearchTexts }>();
	/** this timeline's search texts, when they have been given */
	searchTexts = $derived(this.#search?.timeline === this.data.id ? this.#search.texts : undefined);
	events = $derived.by(() =>
		filterChartEvents(this.data.events, this.#in.filters(), this.searchTexts, this.data.actors)
	);
	/** the extent covers every event, filtered or not, so filtering never moves the axis */
	domain = $derived(timeExtent(this.data.events));
	limits = $derived({ width: this.width, kMax: maxZoom(this.domain) });
	zone = $derived(
		displayZone(this.zoneMode, this.data.zone, this.zoneMode === 'viewer' ? readerZone() : 'UTC')
	);
	layout = $derived(buildLanes(this.events, this.laneMode, this.data));
	buckets = $derived(this.layout.lanes.map((lane) => dayBuckets(lane.starts, this.zone)));
	x = $derived(
		createTimeScale({ domain: this.domain, width: this.width, transform: this.transform })
	);
	view = $derived(visibleRange(this.x));
	axis = $derived(
		fitTickLabels(
			createTicks({ domain: this.view, width: this.width, zone: this.zone }),
			this.x,
			this.measure,
			this.width
		)
	);
	/** the selected and the focused event, by id: always drawn as single marks */
	pinned = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt by $derived, never mutated
		const pinned = new Map<string, ChartEvent>();
		for (const id of [this.#in.selectedId(), this.focused?.id]) {
			const e = this.eventById(id);
			if (e) pinned.set(e.id, e);
		}
		return pinned;
	});
	/**
	 * The lanes' heights of the server's drawing this chart took the place of, with the view they
	 * hold for: while the view stays as it opened, the lanes keep the drawing's rows, so nothing
	 * moves as the chart starts (the server estimates label widths that the browser measures, which
	 * can give a lane a row more or less)
	 */
	#painted = $state.raw<{
		heights: readonly number[];
		transform: ViewTransform;
		laneMode: LaneMode;
		events: readonly ChartEvent[];
	} | null>(null);
	/** each lane's placement in this frame, and the most rows it was allowed (`allotRows`) */
	#frame = $derived.by(() => {
		const place = (rows: (lane: number) => number) => {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this derivation
			const labelled = new Set<string>();
			// top to bottom: an event in several lanes is labelled in the first lane with room for it
			return this.layout.lanes.map((lane, i) =>
				placeLane(lane, this.buckets[i] ?? [], {
					x: this.x,
					view: this.view,
					width: this.width,
					rows: rows(i),
					collapse: this.transform.k < this.limits.kMax * 0.999,
					pinned: this.pinned,
					labelled,
					measure: this.measure
				})
			);
		};
		// the server's drawing's rows, while the view is the one it drew
		const kept = this.#keptRows;
		if (kept) {
			const placed = place((i) => kept[i] as number);
			fitLabels(placed, connectorsFor(placed), this.width, this.measure);
			return { placed, rows: kept };
		}
		// placed first with room to spare, to learn what each lane needs; again, within the rows
		// allotted, only when the lanes need more than the window leaves them
		const most = MAX_ROWS[this.laneMode];
		let placed = place(() => most);
		const rows = allotRows(
			placed.map((p) => p.rows),
			this.viewportHeight * MAX_HEIGHT_SHARE,
			most
		);
		if (placed.some((p, i) => p.rows > (rows[i] as number))) {
			placed = place((i) => rows[i] as number);
		}
		fitLabels(placed, connectorsFor(placed), this.width, this.measure);
		return { placed, rows };
	});
	placements = $derived(this.#frame.placed);
	connectors = $derived(connectorsFor(this.placements));
	/**
	 * The rows of each lane of the server's drawing this chart took the place of, while the view is
	 * the one it drew (`#painted`); undefined once the reader has changed it.
	 */
	#keptRows = $derived.by(() => {
		const painted = this.#painted;
		if (
			!painted ||
			painted.transform !== this.transform ||
			painted.laneMode !== this.laneMode ||
			painted.events !== this.events
		)
			return undefined;
		return painted.heights.map((h) =>
			Math.max(1, Math.round((h - GEOMETRY.header - GEOMETRY.pad) / GEOMETRY.row))
		);
	});
	/** each lane's height and top, px: a lane grows with the rows its events need in this view */
	laneHeights = $derived(
		this.placements.map(
			(p, i) =>
				GEOMETRY.header +
				(this.#keptRows?.[i] ??
					Math.max(Math.min(MIN_ROWS, this.#frame.rows[i] ?? MIN_ROWS), p.rows)) *
					GEOMETRY.row +
				GEOMETRY.pad
		)
	);
	laneTops = $derived.by(() => {
		let y = GEOMETRY.axis;
		return this.laneHeights.map((h) => ((y += h), y - h));
	});
	height = $derived(
		this.laneHeights.reduce(
			(sum, h) => sum + h,
			GEOMETRY.axis + (this.laneHeights.length ? 0 : GEOMETRY.header + MIN_ROWS * GEOMETRY.row)
		)
	);

	/** how many marks and badges this frame holds */
	drawnCount = $derived(
		this.placements.reduce((n, p) => n + p.events.length + p.clusters.length, 0)
	);
	// the last answer of `bulk`, which its next one depends on; plain, as only `bulk` reads it
	#bulk = false;
	/** true when this frame holds too many marks for SVG, and a canvas draws them */
	bulk = $derived.by(() => {
		const n = this.drawnCount;
		this.#bulk = this.#bulk ? n >= SVG_BELOW : n > CANVAS_ABOVE;
		return this.#bulk;
	});
	/**
	 * The marks that stay SVG elements when a canvas draws the rest: the roving tab stop, the
	 * focused and hovered marks, and the selected event's, so that the keyboard, links, focus rings
	 * and screen readers work on them as on any mark.
	 */
	liveKeys = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt by $derived, never mutated
		const keys = new Set<string>();
		if (this.activeKey) keys.add(this.activeKey);
		if (this.focused) keys.add(markKey(this.focused.id, this.focused.lane));
		if (this.hovered) keys.add(markKey(this.hovered.id, this.hovered.lane));
		const selected = this.eventById(this.#in.selectedId());
		if (selected)
			for (const lane of this.layout.lanesOf(selected)) keys.add(markKey(selected.id, lane));
		return keys;
	});

	/** whether the wheel is zooming the view; only `hover` reads it */
	#moving = false;

	/**
	 * Notes that the wheel starts or stops zooming the view. While it zooms, marks passing under the
	 * pointer are not hovered: their tooltips would flicker in and out, and each would cost the frame
	 * an element. (A drag hovers nothing either: the canvas ignores a pointer with a button down.)
	 */
	gesture(moving: boolean): void {
		this.#moving = moving;
		if (moving) this.hover(null);
	}

	/** Notes the mark under the pointer (null: none), leaving the state alone when it is the same. */
	hover(id: string | null, lane = 0): void {
		if (id !== null && this.#moving) return;
		const now = this.hovered;
		if (id === null ? now === null : now?.id === id && now.lane === lane) return;
		this.hovered = id === null ? null : { id, lane };
	}

	#hintTimer: ReturnType<typeof setTimeout> | undefined;
	#hinted = false;

	/**
	 * Shows a hint over the chart for a few seconds, once per chart: the plain wheel scrolls the
	 * page, and a reader who wheeled over the chart to zoom learns which key zooms.
	 */
	showHint(text: string): void {
		if (this.#hinted) return;
		this.#hinted = true;
		this.hint = text;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = setTimeout(() => (this.hint = ''), 4000);
	}

	/** Gives search the summaries, quotes and claims of a timeline (ignored for another one). */
	setSearchTexts(timeline: string, texts: SearchTexts): void {
		this.#search = { timeline, texts };
	}

	/** The top of a row of a lane, px. */
	rowTop(lane: number, row: number): number {
		return (this.laneTops[lane] ?? GEOMETRY.axis) + GEOMETRY.header + row * GEOMETRY.row;
	}
	/**
	 * Positions of the ids looked up so far, in the events they were looked up in. Lookups are few
	 * (the selected and the focused event, a key press), so each id is found by a scan when first
	 * asked for: a map of every id would cost 50k events about 30 ms, at the first key press.
	 */
	#positions: { events: readonly ChartEvent[]; at: Map<string, number> } | undefined;

	/** The position of the event with this id among the (filtered) events, or -1. */
	indexOf(id: string): number {
		const events = this.events;
		if (this.#positions?.events !== events || this.#positions.at.size > 1000) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, not state: it follows `events`
			this.#positions = { events, at: new Map() };
		}
		let i = this.#positions.at.get(id);
		if (i === undefined) {
			i = events.findIndex((e) => e.id === id);
			this.#positions.at.set(id, i);
		}
		return i;
	}

	/** The (filtered) event with this id, if any. */
	eventById(id: string | undefined): ChartEvent | undefined {
		return id === undefined ? undefined : this.events[this.indexOf(id)];
	}

	/**
	 * The roving tab stop: the focused mark if drawn, else the selected event's, else the first mark
	 * in view. Null when no single mark is drawn; the SVG itself is the tab stop then.
	 */
	activeKey = $derived.by(() => {
		const drawn = this.placements.flatMap((p, lane) =>
			p.events.map((e) => ({ key: markKey(e.event.id, lane), id: e.event.id, x: e.x0 }))
		);
		const has = (key: string) => drawn.some((d) => d.key === key);
		if (this.focused && has(markKey(this.focused.id, this.focused.lane))) {
			return markKey(this.focused.id, this.focused.lane);
		}
		const selected = this.#in.selectedId();
		const chosen =
			drawn.find((d) => d.id === selected) ??
			drawn.filter((d) => d.x >= 0).sort((a, b) => a.x - b.x)[0];
		return chosen?.key ?? null;
	});

	/** The event the tooltip describes (under the pointer, else with keyboard focus), and where. */
	tip = $derived.by(() => {
		const target = this.hovered ?? (this.hasFocus ? this.focused : null);
		if (!target) return null;
		const mark = this.placements[target.lane]?.events.find((m) => m.event.id === target.id);
		if (!mark) return null;
		return { event: mark.event, x: Math.max(0, mark.x0), y: this.rowTop(target.lane, mark.row) };
	});

	/**
	 * Sets the chart up in the browser: the measured width, the lanes, zone and view the reader had
	 * or the link asks for (unless the selected event lies outside that view), else the selected
	 * event's neighbourhood, else where most events are; with `painted`, the lanes' heights of the
	 * server's drawing shown until now (`#painted`). Returns the event to focus again, if the reader
	 * was on one.
	 */
	start(
		width: number,
		memory?: Partial<RememberedView>,
		focusId?: string,
		painted?: readonly number[]
	): string | null {
		// the server drew its lanes in the mode a chart opens with
		const drawnLanes = this.laneMode === (memory?.laneMode ?? this.laneMode);
		if (memory?.laneMode) this.laneMode = memory.laneMode;
		if (memory?.zoneMode) this.zoneMode = memory.zoneMode;
		if (width > 0) this.width = width;
		const selected = this.eventById(this.#in.selectedId() ?? focusId);
		const window = memory?.window;
		if (window && (!selected || inWindow(selected, window))) this.showWindow(window);
		else if (selected) this.setTransform(this.transformFocusing(selected.id) ?? this.transform);
		else this.setTransform(this.homeTransform());
		// a drawing made for a taller window than the reader's would crowd it: the chart fits this one
		// (this chart's own height is read last: reading it places every mark, as the view stands)
		const tall = GEOMETRY.axis + (painted ?? []).reduce((a, b) => a + b, 0);
		if (
			drawnLanes &&
			painted?.length === this.layout.lanes.length &&
			(!(this.viewportHeight > 0) ||
				tall <= this.viewportHeight * MAX_HEIGHT_SHARE ||
				tall <= this.height)
		) {
			const { transform, laneMode, events } = this;
			this.#painted = { heights: painted, transform, laneMode, events };
		}
		return memory?.focusId ?? null;
	}

	/** Focuses an event's mark again after the page changed. */
	refocus(id: string) {
		const e = this.eventById(id);
		if (e) void this.focusEvent(e, this.layout.lanesOf(e)[0] ?? 0);
	}

	/** The time under the middle of the chart, or under the focused event. */
	#anchorPx(): number {
		const e = this.eventById(this.focused?.id);
		if (e && inWindow(e, this.view)) return this.x(e.start);
		return this.width / 2;
	}

	setTransform(t: ViewTransform) {
		const next = clampTransform(t, this.limits);
		this.transform = next;
		this.#follow?.(next);
	}

	/** A new measured width keeps the same time window in view. */
	resize(width: number) {
		if (!(width > 0) || width === this.width) return;
		const window = this.view;
		this.width = width;
		this.showWindow(window);
	}

	zoomBy(factor: number) {
		this.setTransform(zoomAround(this.transform, factor, this.#anchorPx(), this.limits));
	}

	panByFraction(fraction: number) {
		this.setTransform(panBy(this.transform, fraction * this.width, this.limits));
	}

	fit() {
		this.setTransform(IDENTITY);
	}

	/** where most events are, for the events it was worked out for: the page asks twice as it starts */
	#home: { events: readonly ChartEvent[]; window: [number, number] } | undefined;

	/** The opening view: where most events are. */
	homeTransform(): ViewTransform {
		const events = this.data.events;
		if (this.#home?.events !== events) {
			this.#home = { events, window: defaultWindow(events, this.domain) };
		}
		return transformForWindow(this.domain, this.#home.window, this.limits);
	}

	showWindow(window: readonly [number, number]) {
		this.setTransform(transformForWindow(this.domain, window, this.limits));
	}

	/** The transform that shows an event with its neighbours, or undefined for an unknown id. */
	transformFocusing(id: string): ViewTransform | undefined {
		const index = this.indexOf(id);
		if (index < 0) return undefined;
		return transformForWindow(this.domain, focusWindow(this.events, index), this.limits);
	}

	/** Brings an event into view: at the same zoom if it fits, else zoomed to its neighbourhood. */
	reveal(id: string) {
		const e = this.eventById(id);
		if (!e || inWindow(e, this.view)) return;
		const span = this.view[1] - this.view[0];
		if (e.end - e.start < span) {
			const middle = e.end - e.start < span / 2 ? (e.start + e.end) / 2 : e.start + span / 3;
			this.showWindow([middle - span / 2, middle + span / 2]);
		} else {
			const t = this.transformFocusing(id);
			if (t) this.setTransform(t);
		}
	}

	/** Moves keyboard focus to an event's mark in a lane, bringing it into view. */
	async focusEvent(e: ChartEvent, lane: number) {
		this.focused = { id: e.id, lane };
		this.reveal(e.id);
		this.announcement = announce(e);
		await tick();
		this.#svg?.querySelector<SVGElement>(`[data-key="${markKey(e.id, lane)}"]`)?.focus();
	}

	/** The selected event's id. */
	get selectedId(): string | undefined {
		return this.#in.selectedId();
	}

	/** Asks the page to select an event, or with null to clear the selection. */
	select(id: string | null) {
		this.#in.onselect()?.(id);
	}

	/** Hands the chart its SVG, where keyboard focus goes; undefined when the SVG is gone. */
	bindSvg(svg: SVGSVGElement | undefined) {
		this.#svg = svg;
	}

	/** Tells the chart how to keep d3-zoom in step with the buttons and keys, once gestures load. */
	connectZoom(follow: (t: ViewTransform) => void) {
		this.#follow = follow;
	}

	disconnectZoom() {
		this.#follow = undefined;
	}
}

/** Title, date and kind: all the live region says, so a screen reader is not flooded. */
export function announce(e: Pick<ChartEvent, 'title' | 'when' | 'kind'>): string {
	return m.chart_announcement({ title: e.title, when: e.when, kind: KIND_WORDS[e.kind] });
}
