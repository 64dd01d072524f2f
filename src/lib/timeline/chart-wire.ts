/**
 * The chart's data as it travels to the browser: its events as columns, what repeats (kinds,
 * statuses, zones, actor ids, lists of actors) written once and referred to by index, and times as
 * small differences. Built once at build time (`packChart`) and opened in the page
 * (`unpackChart`), it carries a large timeline in about half the bytes of the same events as
 * objects, and the browser parses it in about half the time.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';
import type { ChartData, ChartEvent } from './chart-data';
import type { Fade } from './glyphs';

const FADES: readonly (Fade | undefined)[] = [undefined, 'start', 'end', 'both'];

const IN_SOURCE = 1;
const INSTANT = 2;
const FADE_SHIFT = 2;
const TIMED = 16;
const WITHIN = 32;

/** The events in columns; entry i of each column belongs to event i, in the chart's order. */
export interface PackedEvents {
	/** kinds, statuses, zones and actor ids, each once: the columns below point into it */
	words: string[];
	id: string[];
	title: string[];
	when: string[];
	/** indices into `words` */
	kind: number[];
	status: number[];
	zone: number[];
	/** each list of actors some event has, once, as indices into `words` */
	actorSets: number[][];
	/** each event's actors, as an index into `actorSets` */
	actors: number[];
	/** its start less the previous event's start (the first event's, less 0), in ms */
	start: number[];
	/** its end less its start, in ms */
	span: number[];
	/** each heading some event is listed under, once: events share a few hundred */
	headings: string[];
	/** each event's heading in its own zone, as an index into `headings` */
	heading: number[];
	/**
	 * bit 0: in the main source; bit 1: an instant; bits 2–3: the fade (none, start, end, both);
	 * bit 4: timed; bit 5: within
	 */
	flags: number[];
}

export interface PackedChart extends Omit<ChartData, 'events'> {
	events: PackedEvents;
}

/** Packs chart data for the page; `unpackChart` gives the same data back. */
export function packChart({ events, ...rest }: ChartData): PackedChart {
	const words: string[] = [];
	const indices = new Map<string, number>();
	const word = (w: string): number => {
		let i = indices.get(w);
		if (i === undefined) {
			i = words.push(w) - 1;
			indices.set(w, i);
		}
		return i;
	};
	const headingIndices = new Map<string, number>();
	const headingIndex = (h: string): number => {
		let i = headingIndices.get(h);
		if (i === undefined) {
			i = packed.headings.push(h) - 1;
			headingIndices.set(h, i);
		}
		return i;
	};
	const sets = new Map<string, number>();
	const actorSet = (actors: readonly string[]): number => {
		const indices = actors.map(word);
		const key = indices.join(',');
		let i = sets.get(key);
		if (i === undefined) {
			i = packed.actorSets.push(indices) - 1;
			sets.set(key, i);
		}
		return i;
	};
	const packed: PackedEvents = {
		words,
		actorSets: [],
		id: [],
		title: [],
		when: [],
		kind: [],
		status: [],
		zone: [],
		actors: [],
		start: [],
		span: [],
		headings: [],
		heading: [],
		flags: []
	};
	let previous = 0;
	for (const e of events) {
		packed.id.push(e.id);
		packed.title.push(e.title);
		packed.when.push(e.when);
		packed.kind.push(word(e.kind));
		packed.status.push(word(e.status));
		packed.zone.push(word(e.zone));
		packed.actors.push(actorSet(e.actors));
		packed.start.push(e.start - previous);
		packed.span.push(e.end - e.start);
		packed.heading.push(headingIndex(e.heading));
		packed.flags.push(
			(e.inSource ? IN_SOURCE : 0) |
				(e.instant ? INSTANT : 0) |
				(FADES.indexOf(e.fade) << FADE_SHIFT) |
				(e.timed ? TIMED : 0) |
				(e.within ? WITHIN : 0)
		);
		previous = e.start;
	}
	return { ...rest, events: packed };
}

/** The chart data that `packChart` packed. */
export function unpackChart({ events: packed, ...rest }: PackedChart): ChartData {
	const { words } = packed;
	// events with the same actors share one list: a timeline has far fewer lists than events
	const actorSets = packed.actorSets.map((set) => set.map((a) => words[a]!));
	const events: ChartEvent[] = new Array(packed.id.length);
	let start = 0;
	for (let i = 0; i < events.length; i++) {
		start += packed.start[i]!;
		const flags = packed.flags[i]!;
		// every event gets the same fields, `instant` and `fade` undefined when absent: objects of
		// one shape are made and read faster than ones whose fields vary
		events[i] = {
			id: packed.id[i]!,
			title: packed.title[i]!,
			kind: words[packed.kind[i]!] as EventKind,
			status: words[packed.status[i]!] as EventStatus,
			zone: words[packed.zone[i]!]!,
			when: packed.when[i]!,
			instant: flags & INSTANT ? true : undefined,
			fade: FADES[(flags >> FADE_SHIFT) & 3],
			start,
			end: start + packed.span[i]!,
			heading: packed.headings[packed.heading[i]!]!,
			timed: (flags & TIMED) !== 0,
			within: (flags & WITHIN) !== 0,
			actors: actorSets[packed.actors[i]!]!,
			inSource: (flags & IN_SOURCE) !== 0
		};
	}
	return { ...rest, events };
}

/**
 * A timeline's chart data that its page does not carry. On the server it holds the packed data,
 * from which the page is prerendered; in the page it is the timeline's id alone (`transport` in
 * `src/hooks.ts`), and the browser fetches `chart.json`, which the page preloads. Above
 * `INLINE_EVENTS` events the data is most of the page's weight, and the browser parses a JSON
 * file faster than the same data written into the page's script.
 */
export class ChartRef {
	constructor(
		readonly timeline: string,
		readonly packed?: PackedChart
	) {}
}

/** A timeline of more events than this fetches its chart data instead of carrying it. */
export const INLINE_EVENTS = 500;
