/**
 * The chart's data as it travels to the browser: its events as columns, what repeats (kinds,
 * statuses, zones, actor ids, lists of actors, titles, dates in words) written once and referred
 * to by index, and times as small differences in the largest unit that divides them all (a minute,
 * for most timelines). Built once at build time (`packChart`) and opened in the page
 * (`unpackChart`): the benchmark's 50,000 events come to 745 kB gzipped, against 1,009 kB as
 * plain columns. Ids are written as their beginnings and the steps between the numbers they end
 * in: written as what differs from the previous id, they took longer to open than all the rest.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';
import type { ChartData, ChartEvent } from './data';
import type { Fade } from './encoding';

const FADES: readonly (Fade | undefined)[] = [undefined, 'start', 'end', 'both'];

const IN_SOURCE = 1;
const INSTANT = 2;
const FADE_SHIFT = 2;
const TIMED = 16;
const WITHIN = 32;
const KEY = 64;

/**
 * A column of strings that repeat: each distinct string once, in order of first use, in `table`;
 * `refs[i]` is 0 when entry i is the next string of the table not used before, else it names an
 * earlier one. A column of strings that never repeat (most real titles and ids) is then the
 * strings alone and a run of zeros, which costs next to nothing gzipped.
 */
export interface StringColumn {
	table: string[];
	refs: number[];
	/**
	 * How a ref names an earlier string. Absent: 1 + its index in `table`, for strings that come
	 * back at any time (titles, times of day, zones). `'back'`: how many strings of the table came
	 * before the next new one, counting back from there, for strings that come back soon after they
	 * first appear, as days do in the chart's time order: the same few small numbers, which gzip
	 * writes in far fewer bytes (23 kB less for the benchmark's 50,000 days and headings).
	 */
	by?: 'back';
}

/** The events in columns; entry i of each column belongs to event i, in the chart's order. */
export interface PackedEvents {
	/** kinds, statuses, zones and actor ids, each once: the columns below point into it */
	words: string[];
	/**
	 * each id less the number it ends in, if any (`2025-08-15-call-000` of `2025-08-15-call-00012`:
	 * the number starts at its first digit other than 0, and has at most 15 digits)
	 */
	id: StringColumn;
	/**
	 * the number each id ends in, less the previous such number, or null: ids numbered in order
	 * then take a byte or two each, and their beginnings repeat (73 kB less for the benchmark's
	 * 50,000 ids, 211 → 138 kB)
	 */
	idNumber: (number | null)[];
	title: StringColumn;
	/**
	 * the date in words in three parts, each repeating far more than the whole: up to the first
	 * comma after its year ("Wed 4 Nov 2015"), then the rest up to its zone (", 14:30–16:00"), then
	 * the zone (", Moscow time (GMT+3)"); `unpackChart` joins them
	 */
	when: StringColumn;
	whenTime: StringColumn;
	whenZone: StringColumn;
	/** indices into `words` */
	kind: number[];
	status: number[];
	zone: number[];
	/** each list of actors some event has, once, as indices into `words` */
	actorSets: number[][];
	/** each event's actors, as an index into `actorSets` */
	actors: number[];
	/** each event's speakers, as an index into `actorSets` */
	speakers: number[];
	/** the unit of `start` and `span`, in ms: the largest that divides every start and span */
	unit: number;
	/** its start less the previous event's start (the first event's, less 0), in `unit`s */
	start: number[];
	/** its end less its start, in `unit`s */
	span: number[];
	/** each event's heading in its own zone: events share a few hundred */
	heading: StringColumn;
	/**
	 * bit 0: in the main source; bit 1: an instant; bits 2–3: the fade (none, start, end, both);
	 * bit 4: timed; bit 5: within; bit 6: a key event
	 */
	flags: number[];
}

export interface PackedChart extends Omit<ChartData, 'events'> {
	events: PackedEvents;
}

/** Interns strings: each distinct one gets the index of its first use. */
function interner(table: string[]): (text: string) => number {
	const indices = new Map<string, number>();
	return (text) => {
		let i = indices.get(text);
		if (i === undefined) {
			i = table.push(text) - 1;
			indices.set(text, i);
		}
		return i;
	};
}

function packStrings(strings: readonly string[], by?: 'back'): StringColumn {
	const column: StringColumn = { table: [], refs: [], ...(by ? { by } : {}) };
	const intern = interner(column.table);
	for (const text of strings) {
		const before = column.table.length;
		const i = intern(text);
		column.refs.push(i === before ? 0 : by ? before - i : i + 1);
	}
	return column;
}

function unpackStrings({ table, refs, by }: StringColumn): string[] {
	let next = 0;
	if (by === 'back') return refs.map((ref) => (ref === 0 ? table[next++]! : table[next - ref]!));
	return refs.map((ref) => (ref === 0 ? table[next++]! : table[ref - 1]!));
}

/** An id's ending number, without leading zeros, and exact as a double. */
const ID_NUMBER = /[1-9]\d{0,14}$/;

/**
 * Where to cut a date in words into its three parts: at the first ", " after its first year, and at
 * the ", " before its first "(" (the zone's offsets). Any cut gives back the same text once joined.
 */
function whenCuts(when: string): [number, number] {
	const paren = when.indexOf('(');
	let zone = when.lastIndexOf(', ', paren < 0 ? when.length : paren);
	if (zone < 0) zone = when.length;
	const year = when.search(/\d{4}/);
	let time = year < 0 ? -1 : when.indexOf(', ', year);
	if (time < 0 || time > zone) time = zone;
	return [time, zone];
}

const gcd = (a: number, b: number): number => {
	a = Math.abs(a);
	b = Math.abs(b);
	while (b) [a, b] = [b, a % b];
	return a;
};

/** Packs chart data for the page; `unpackChart` gives the same data back. */
export function packChart({ events, ...rest }: ChartData): PackedChart {
	const words: string[] = [];
	const word = interner(words);
	const actorSets: number[][] = [];
	const sets = new Map<string, number>();
	const actorSet = (actors: readonly string[]): number => {
		const indices = actors.map(word);
		const key = indices.join(',');
		let i = sets.get(key);
		if (i === undefined) {
			i = actorSets.push(indices) - 1;
			sets.set(key, i);
		}
		return i;
	};
	let unit = 0;
	let previous = 0;
	for (const e of events) {
		unit = gcd(gcd(unit, e.start - previous), e.end - e.start);
		previous = e.start;
	}
	unit ||= 1;
	previous = 0;
	const start: number[] = [];
	const span: number[] = [];
	for (const e of events) {
		start.push((e.start - previous) / unit);
		span.push((e.end - e.start) / unit);
		previous = e.start;
	}
	const cuts = events.map((e) => whenCuts(e.when));
	const idStarts: string[] = [];
	const idNumber: (number | null)[] = [];
	let lastNumber = 0;
	for (const { id } of events) {
		const ending = ID_NUMBER.exec(id);
		if (!ending) {
			idStarts.push(id);
			idNumber.push(null);
			continue;
		}
		const n = Number(ending[0]);
		idStarts.push(id.slice(0, ending.index));
		idNumber.push(n - lastNumber);
		lastNumber = n;
	}
	return {
		...rest,
		events: {
			words,
			id: packStrings(idStarts, 'back'),
			idNumber,
			title: packStrings(events.map((e) => e.title)),
			when: packStrings(
				events.map((e, i) => e.when.slice(0, cuts[i]![0])),
				'back'
			),
			whenTime: packStrings(events.map((e, i) => e.when.slice(...cuts[i]!))),
			whenZone: packStrings(events.map((e, i) => e.when.slice(cuts[i]![1]))),
			kind: events.map((e) => word(e.kind)),
			status: events.map((e) => word(e.status)),
			zone: events.map((e) => word(e.zone)),
			actorSets,
			actors: events.map((e) => actorSet(e.actors)),
			speakers: events.map((e) => actorSet(e.speakers)),
			unit,
			start,
			span,
			heading: packStrings(
				events.map((e) => e.heading),
				'back'
			),
			flags: events.map(
				(e) =>
					(e.inSource ? IN_SOURCE : 0) |
					(e.instant ? INSTANT : 0) |
					(FADES.indexOf(e.fade) << FADE_SHIFT) |
					(e.timed ? TIMED : 0) |
					(e.within ? WITHIN : 0) |
					(e.key ? KEY : 0)
			)
		}
	};
}

/** The chart data that `packChart` packed. */
export function unpackChart({ events: packed, ...rest }: PackedChart): ChartData {
	const { words, unit } = packed;
	// events with the same actors share one list: a timeline has far fewer lists than events
	const actorSets = packed.actorSets.map((set) => set.map((a) => words[a]!));
	const idStarts = unpackStrings(packed.id);
	const titles = unpackStrings(packed.title);
	const headings = unpackStrings(packed.heading);
	const whens = unpackStrings(packed.when);
	const whenTimes = unpackStrings(packed.whenTime);
	const whenZones = unpackStrings(packed.whenZone);
	const events: ChartEvent[] = new Array(idStarts.length);
	let start = 0;
	let idNumber = 0;
	for (let i = 0; i < events.length; i++) {
		start += packed.start[i]! * unit;
		const flags = packed.flags[i]!;
		const step = packed.idNumber[i] ?? null;
		if (step !== null) idNumber += step;
		// every event gets the same fields, `instant` and `fade` undefined when absent: objects of
		// one shape are made and read faster than ones whose fields vary
		events[i] = {
			id: step === null ? idStarts[i]! : idStarts[i]! + idNumber,
			title: titles[i]!,
			kind: words[packed.kind[i]!] as EventKind,
			status: words[packed.status[i]!] as EventStatus,
			zone: words[packed.zone[i]!]!,
			when: whens[i]! + whenTimes[i]! + whenZones[i]!,
			instant: flags & INSTANT ? true : undefined,
			fade: FADES[(flags >> FADE_SHIFT) & 3],
			key: flags & KEY ? true : undefined,
			start,
			end: start + packed.span[i]! * unit,
			heading: headings[i]!,
			timed: (flags & TIMED) !== 0,
			within: (flags & WITHIN) !== 0,
			actors: actorSets[packed.actors[i]!]!,
			speakers: actorSets[packed.speakers[i]!]!,
			inSource: (flags & IN_SOURCE) !== 0
		};
	}
	return { ...rest, events };
}

/**
 * A timeline's chart data that its page does not carry. On the server it holds the opened data,
 * from which the page is prerendered; in the page it is the timeline's id alone (`transport` in
 * `src/hooks.ts`), and the browser fetches `chart.json`, which the page preloads. Above
 * `INLINE_EVENTS` events the data is most of the page's weight, and the browser parses a JSON
 * file faster than the same data written into the page's script.
 */
export class ChartRef {
	constructor(
		readonly timeline: string,
		/** the opened data, on the server only: the prerender draws from it, nothing is sent */
		readonly data?: ChartData
	) {}
}

/** A timeline of more events than this fetches its chart data instead of carrying it. */
export const INLINE_EVENTS = 500;
