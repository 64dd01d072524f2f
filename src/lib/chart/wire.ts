/**
 * The chart's data as it travels to the browser: its events as columns, what repeats (kinds,
 * statuses, zones, actor ids, lists of actors, titles, dates in words) written once and referred
 * to by index, and times as small differences in the largest unit that divides them all (a minute,
 * for most timelines), in columns of numbers written as text (`Ints`). Built once at build time
 * (`packChart`) and opened in the page (`unpackChart`): the benchmark's 50,000 events come to 492
 * kB gzipped, against 1,009 kB as plain columns. Ids are written as their beginnings and the
 * steps between the numbers they end in: written as what differs from the previous id, they took
 * longer to open than all the rest.
 * What another column already says is not written again: the day and kind an id names, the
 * speakers among an event's actors, a zone's words as they were for the last event in it, a
 * heading that the event's start and end give, a title that is the last one's of an event with the
 * same kind and actors, and in English a date's day and time of day in words where its heading and
 * times give them.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';
import type { ChartData, ChartEvent } from './data';
import type { Fade } from './encoding';
import { isoDate, localDate, localDay, seedZoneTable, zoneOffset } from '$lib/time/zone-math';
import { isoWeekKey } from '$lib/time/dates';
import { englishClockText, englishShortDayText } from '$lib/time/calendar-words';
import { DAY, HOUR, MINUTE } from '$lib/time/durations';

const FADES: readonly (Fade | undefined)[] = [undefined, 'start', 'end', 'both'];

const IN_SOURCE = 1;
const INSTANT = 2;
const FADE_SHIFT = 2;
const TIMED = 16;
const WITHIN = 32;
const KEY = 64;

/**
 * A column of whole numbers written as text, five bits to a character, low bits first; a
 * character from the second half of `DIGITS` says that more follow, and a number's first
 * character carries its sign. gzip packs it tighter than a JSON array of the same numbers (45 kB
 * less for the benchmark's 50,000 events, 606 → 561 kB), and the browser reads one string faster
 * than an array of numbers. Any safe integer can be written, and minus zero stays itself.
 */
export type Ints = string;

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_VALUES = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i;

/** `values` as `Ints`. */
export function writeInts(values: readonly number[]): Ints {
	const digits: string[] = [];
	for (const value of values) {
		if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
		let rest = Math.abs(value);
		const low = rest % 16;
		rest = (rest - low) / 16;
		const sign = value < 0 || Object.is(value, -0) ? 1 : 0;
		digits.push(DIGITS[low * 2 + sign + (rest > 0 ? 32 : 0)]!);
		while (rest > 0) {
			const digit = rest % 32;
			rest = (rest - digit) / 32;
			digits.push(DIGITS[digit + (rest > 0 ? 32 : 0)]!);
		}
	}
	return digits.join('');
}

/**
 * The numbers `writeInts` wrote; `count`, how many there are likely to be, lets it make their
 * array at its length at once, which halves the time (a column has one number per event).
 */
export function readInts(text: Ints, count = 0): number[] {
	const values: number[] = new Array(count);
	let n = 0;
	for (let at = 0; at < text.length;) {
		let digit = DIGIT_VALUES[text.charCodeAt(at++)]!;
		let value = (digit & 31) >> 1;
		const negative = digit & 1;
		for (let scale = 16; digit >= 32; scale *= 32) {
			digit = DIGIT_VALUES[text.charCodeAt(at++)]!;
			value += (digit & 31) * scale;
		}
		values[n++] = negative ? -value : value;
	}
	values.length = n;
	return values;
}

/**
 * A column of strings that repeat: each distinct string once, in order of first use, in `table`;
 * `refs[i]` is 0 when entry i is the next string of the table not used before, else it names an
 * earlier one; -1, -2… mean "the first, second… string that other columns give", which
 * `unpackChart` works out as `packChart` did (for a heading, its start's day in its zone; for a
 * zone's words, those of the last event in the same zone; for a time of day, its start and end on
 * the zone's clock). A column of strings that never repeat (most real titles and ids) is then the
 * strings alone and a run of zeros, which costs next to nothing gzipped.
 */
export interface StringColumn {
	table: string[];
	refs: Ints;
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
	 * the number starts at its first digit other than 0, and has at most 15 digits); with
	 * `idMarks`, the event's heading in it is written `*` and its kind `~` first (`*-~-000`)
	 */
	id: StringColumn;
	/**
	 * present when no id has a `*` or `~` (a slug never does): ids often name their event's day and
	 * kind, which the heading and kind columns already carry (95 kB less for the benchmark's 50,000)
	 */
	idMarks?: true;
	/**
	 * the number each id ends in, less the previous such number, or minus zero for an id that ends
	 * in none: ids numbered in order then take a byte or two each, and their beginnings repeat (73
	 * kB less for the benchmark's 50,000 ids, 211 → 138 kB)
	 */
	idNumber: Ints;
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
	kind: Ints;
	status: Ints;
	zone: Ints;
	/** each list of actors some event has, once, as indices into `words` */
	actorSets: number[][];
	/** each event's actors, as an index into `actorSets` */
	actors: Ints;
	/**
	 * each event's speakers: those of its actors, as a bit mask of their places in its list (most
	 * events have a speaker or two of their own participants, so a few small numbers repeat), or,
	 * when a speaker is not among them or the list is longer than `MASK_BITS`, -1 less the index
	 * of the speakers' own list in `actorSets`
	 */
	speakers: Ints;
	/** the unit of `start` and `span`, in ms: the largest that divides every start and span */
	unit: number;
	/** its start less the previous event's start (the first event's, less 0), in `unit`s */
	start: Ints;
	/** its end less its start, in `unit`s */
	span: Ints;
	/** each event's heading in its own zone: events share a few hundred */
	heading: StringColumn;
	/**
	 * bit 0: in the main source; bit 1: an instant; bits 2–3: the fade (none, start, end, both);
	 * bit 4: timed; bit 5: within; bit 6: a key event
	 */
	flags: Ints;
}

export interface PackedChart extends Omit<ChartData, 'events'> {
	/** `WIRE_FORMAT` when it was packed */
	format: number;
	events: PackedEvents;
}

/**
 * The version of this packing, raised whenever it changes: a browser may hold a `chart.json` of an
 * earlier build of the site in its cache, which this code cannot read (`isCurrentChart`).
 */
export const WIRE_FORMAT = 2;

/** Whether `json` is chart data that this code packed, and so can open. */
export function isCurrentChart(json: unknown): json is PackedChart {
	return (json as Partial<PackedChart> | null)?.format === WIRE_FORMAT;
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

/**
 * What other columns say entry `n` of a column may be, from them and the column's entries before
 * it (`done`): its `k`th guess (0, 1, 2…), undefined when there is none. Called with n = 0, 1, 2…
 * in turn. A guess must come out the same in the build and in any browser (no Intl), since the
 * build writes only which guess was right.
 */
type Guess = (n: number, done: readonly string[], k: number) => string | undefined;

/** Guesses that entry n is the last entry before it with the same key (`keys[n]`, whole numbers). */
function sameAsLastOfKey(keys: readonly number[]): Guess {
	const last = new Map<number, number>();
	let seen = 0;
	return (n, done, k) => {
		for (; seen < n; seen++) last.set(keys[seen]!, seen);
		const i = last.get(keys[n]!);
		return i === undefined || k > 0 ? undefined : done[i];
	};
}

/**
 * Each event's kind and actors as one number: an event often has the title of the last one with
 * the same kind and actors (the same two leaders' calls, a spokesperson's briefings).
 */
function kindAndActors(kinds: readonly number[], actors: readonly number[]): number[] {
	const size = kinds.reduce((most, kind) => Math.max(most, kind), 0) + 1;
	return kinds.map((kind, i) => actors[i]! * size + kind);
}

function packStrings(strings: readonly string[], by?: 'back', guess?: Guess): StringColumn {
	const table: string[] = [];
	const refs: number[] = [];
	const intern = interner(table);
	strings.forEach((text, n) => {
		for (let k = 0, guessed; guess && (guessed = guess(n, strings, k)) !== undefined; k++) {
			if (guessed === text) {
				refs.push(-1 - k);
				return;
			}
		}
		const before = table.length;
		const i = intern(text);
		refs.push(i === before ? 0 : by ? before - i : i + 1);
	});
	return { table, refs: writeInts(refs), ...(by ? { by } : {}) };
}

/** `guess`: the same as `packStrings` was given */
function unpackStrings(
	{ table, refs: written, by }: StringColumn,
	count: number,
	guess?: Guess
): string[] {
	const refs = readInts(written, count);
	let next = 0;
	const done: string[] = new Array(refs.length);
	for (let n = 0; n < refs.length; n++) {
		const ref = refs[n]!;
		done[n] =
			ref < 0
				? guess!(n, done, -1 - ref)!
				: ref === 0
					? table[next++]!
					: by
						? table[next - ref]!
						: table[ref - 1]!;
	}
	return done;
}

/**
 * Guesses at an event's heading from its start's and end's days in its zone (`headingKey`): the
 * start's day (true of every event timed or of a day), then the week it is in, then the days from
 * its start to its end as "sometime between" (`[first..last]`) and as a span (`first/last`). In the
 * browser the zones' offsets come from the tables the data carries, which say what the build's
 * zone database said.
 */
function startDay(
	starts: readonly number[],
	ends: readonly number[],
	zones: readonly string[]
): Guess {
	// events share a few hundred weeks
	const weeks = new Map<number, string>();
	return (n, _, k) => {
		if (k === 0) return localDate(starts[n]!, zones[n]!);
		const first = localDay(starts[n]!, zones[n]!);
		switch (k) {
			case 1: {
				let week = weeks.get(first);
				if (week === undefined) weeks.set(first, (week = isoWeekKey(first)));
				return week;
			}
			case 2:
				return `[${isoDate(first)}..${localDate(ends[n]! - 1, zones[n]!)}]`;
			case 3:
				return `${isoDate(first)}/${localDate(ends[n]! - 1, zones[n]!)}`;
		}
	};
}

/**
 * Guesses that a date in words begins with its heading's day as English writes it ("Wed 4 Nov
 * 2015" of 2015-11-04): true of most events of an English timeline. Other languages' words come
 * from Intl, which a browser may word otherwise than the build, so they are never guessed.
 */
const headingDay = (headings: readonly string[]): Guess => {
	// events share a few thousand days
	const days = new Map<string, string | undefined>();
	return (n, _, k) => {
		const heading = headings[n]!;
		if (k > 0) return undefined;
		let text = days.get(heading);
		if (text === undefined && !days.has(heading)) {
			text = ISO_DAY.test(heading)
				? englishShortDayText(new Date(`${heading}T00:00:00Z`))
				: undefined;
			days.set(heading, text);
		}
		return text;
	};
};
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * Guesses at the time of day in a date in words, from its start and end on its zone's clock (S and
 * E), as `formatEventDate` writes them: ", S" (a minute), ", S–E" (an hour), ", S – E" less a
 * minute (minutes), and ", S–S' – E'–E" (hours, S' an hour after S and E' an hour before E). The
 * likeliest for its length comes first, so that most events' guess is the first, which gzip
 * writes in almost nothing. Every time is read at the start's offset: one lookup, not four, and
 * an event over a change of the clocks is not guessed right, so keeps its words.
 */
const clockTimes =
	(starts: readonly number[], ends: readonly number[], zones: readonly string[]): Guess =>
	(n, _, k) => {
		const start = starts[n]!;
		const local = start + zoneOffset(start, zones[n]!);
		const span = ends[n]! - start;
		const s = clockAt(local);
		const first = span <= MINUTE ? 0 : span % HOUR || local % HOUR ? 2 : span === HOUR ? 1 : 3;
		// concatenation, and no closure: this runs for most events as the page opens
		switch (k === 0 ? first : k <= first ? k - 1 : k) {
			case 0:
				return ', ' + s;
			case 1:
				return ', ' + s + '–' + clockAt(local + span);
			case 2:
				return ', ' + s + ' – ' + clockAt(local + span - MINUTE);
			case 3:
				return (
					', ' +
					s +
					'–' +
					clockAt(local + HOUR) +
					' – ' +
					clockAt(local + span - HOUR) +
					'–' +
					clockAt(local + span)
				);
		}
	};

/** "14:05" of a wall-clock time written as UTC ms. */
const clockAt = (ms: number) => {
	// "00:00" to "23:59", by minute of the day: made the first time, not as every page loads
	clocks ??= Array.from({ length: DAY / MINUTE }, (_, i) => englishClockText(new Date(i * MINUTE)));
	return clocks[Math.floor((((ms % DAY) + DAY) % DAY) / MINUTE)]!;
};
let clocks: string[] | undefined;

/** The longest list of actors whose speakers are written as a bit mask. */
const MASK_BITS = 30;
const HEADING_MARK = '*';
const KIND_MARK = '~';

/** `text` with its first `find` written `mark`; unchanged when it has none (or `find` is ''). */
function markFirst(text: string, find: string, mark: string): string {
	const at = find ? text.indexOf(find) : -1;
	return at < 0 ? text : text.slice(0, at) + mark + text.slice(at + find.length);
}

/** The speakers of an event whose actors are `actors`, as a bit mask of their places; -1 if none. */
function speakerMask(actors: readonly string[], speakers: readonly string[]): number {
	if (actors.length > MASK_BITS) return -1;
	let mask = 0;
	let last = -1;
	for (const speaker of speakers) {
		// not an actor (-1), or out of the actors' order, which a mask cannot give back
		const i = actors.indexOf(speaker);
		if (i <= last) return -1;
		mask |= 1 << i;
		last = i;
	}
	return mask;
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
	const kind = events.map((e) => word(e.kind));
	const status = events.map((e) => word(e.status));
	const zone = events.map((e) => word(e.zone));
	const actors = events.map((e) => actorSet(e.actors));
	const speakers = events.map((e) => {
		const mask = speakerMask(e.actors, e.speakers);
		return mask >= 0 ? mask : -1 - actorSet(e.speakers);
	});
	const idStarts: string[] = [];
	const idNumber: number[] = [];
	let lastNumber = 0;
	const idMarks = events.every(({ id }) => !id.includes(HEADING_MARK) && !id.includes(KIND_MARK));
	for (const event of events) {
		const id = idMarks
			? markFirst(markFirst(event.id, event.heading, HEADING_MARK), event.kind, KIND_MARK)
			: event.id;
		const ending = ID_NUMBER.exec(id);
		if (!ending) {
			idStarts.push(id);
			idNumber.push(-0);
			continue;
		}
		const n = Number(ending[0]);
		idStarts.push(id.slice(0, ending.index));
		idNumber.push(n - lastNumber);
		lastNumber = n;
	}
	return {
		...rest,
		format: WIRE_FORMAT,
		events: {
			words,
			id: packStrings(idStarts, 'back'),
			idNumber: writeInts(idNumber),
			...(idMarks ? { idMarks } : {}),
			title: packStrings(
				events.map((e) => e.title),
				undefined,
				sameAsLastOfKey(kindAndActors(kind, actors))
			),
			when: packStrings(
				events.map((e, i) => e.when.slice(0, cuts[i]![0])),
				'back',
				headingDay(events.map((e) => e.heading))
			),
			whenTime: packStrings(
				events.map((e, i) => e.when.slice(...cuts[i]!)),
				undefined,
				clockTimes(
					events.map((e) => e.start),
					events.map((e) => e.end),
					events.map((e) => e.zone)
				)
			),
			whenZone: packStrings(
				events.map((e, i) => e.when.slice(cuts[i]![1])),
				undefined,
				sameAsLastOfKey(zone)
			),
			kind: writeInts(kind),
			status: writeInts(status),
			zone: writeInts(zone),
			actorSets,
			actors: writeInts(actors),
			speakers: writeInts(speakers),
			unit,
			start: writeInts(start),
			span: writeInts(span),
			heading: packStrings(
				events.map((e) => e.heading),
				'back',
				startDay(
					events.map((e) => e.start),
					events.map((e) => e.end),
					events.map((e) => e.zone)
				)
			),
			flags: writeInts(
				events.map(
					(e) =>
						(e.inSource ? IN_SOURCE : 0) |
						(e.instant ? INSTANT : 0) |
						(FADES.indexOf(e.fade) << FADE_SHIFT) |
						(e.timed ? TIMED : 0) |
						(e.within ? WITHIN : 0) |
						(e.key ? KEY : 0)
				)
			)
		}
	};
}

/** The chart data that `packChart` packed. */
export function unpackChart({ events: packed, format, ...rest }: PackedChart): ChartData {
	if (format !== WIRE_FORMAT) throw new Error(`chart data of format ${format}, not ${WIRE_FORMAT}`);
	const { words, unit } = packed;
	// events with the same actors share one list: a timeline has far fewer lists than events
	const actorSets = packed.actorSets.map((set) => set.map((a) => words[a]!));
	// and events with the same actors and speakers, one list of speakers
	const speakerLists: string[][][] = actorSets.map(() => []);
	const speakersOf = (actors: number, speakers: number): readonly string[] => {
		if (speakers < 0) return actorSets[-1 - speakers]!;
		const lists = speakerLists[actors]!;
		return (lists[speakers] ??= actorSets[actors]!.filter((_, i) => speakers & (1 << i)));
	};
	const kinds = readInts(packed.kind);
	const count = kinds.length;
	const read = (column: Ints) => readInts(column, count);
	const statuses = read(packed.status);
	const zoneWords = read(packed.zone);
	const flagBits = read(packed.flags);
	const actors = read(packed.actors);
	const speakers = read(packed.speakers);
	const steps = read(packed.idNumber);
	const startSteps = read(packed.start);
	const spans = read(packed.span);
	const idStarts = unpackStrings(packed.id, count);
	const titles = unpackStrings(packed.title, count, sameAsLastOfKey(kindAndActors(kinds, actors)));
	const whenZones = unpackStrings(packed.whenZone, count, sameAsLastOfKey(zoneWords));
	const zones = zoneWords.map((z) => words[z]!);
	const starts: number[] = new Array(count);
	const ends: number[] = new Array(count);
	let at = 0;
	for (let i = 0; i < starts.length; i++) {
		starts[i] = at += startSteps[i]! * unit;
		ends[i] = at + spans[i]! * unit;
	}
	// the headings' days and the clock times are read from the offsets the build wrote, not from
	// the browser's Intl
	for (const table of rest.zoneTables) seedZoneTable(table);
	const headings = unpackStrings(packed.heading, count, startDay(starts, ends, zones));
	const whens = unpackStrings(packed.when, count, headingDay(headings));
	const whenTimes = unpackStrings(packed.whenTime, count, clockTimes(starts, ends, zones));
	const events: ChartEvent[] = new Array(idStarts.length);
	let idNumber = 0;
	for (let i = 0; i < events.length; i++) {
		const start = starts[i]!;
		const flags = flagBits[i]!;
		// minus zero: the id ends in no number
		const step = steps[i]!;
		const numbered = !Object.is(step, -0);
		if (numbered) idNumber += step;
		const kind = words[kinds[i]!] as EventKind;
		const heading = headings[i]!;
		let id = idStarts[i]!;
		// neither a kind nor a heading has a `$`, which `replace` would read as a pattern
		if (packed.idMarks) id = id.replace(KIND_MARK, kind).replace(HEADING_MARK, heading);
		if (numbered) id += idNumber;
		// every event gets the same fields, `instant` and `fade` undefined when absent: objects of
		// one shape are made and read faster than ones whose fields vary
		events[i] = {
			id,
			title: titles[i]!,
			kind,
			status: words[statuses[i]!] as EventStatus,
			zone: zones[i]!,
			when: whens[i]! + whenTimes[i]! + whenZones[i]!,
			instant: flags & INSTANT ? true : undefined,
			fade: FADES[(flags >> FADE_SHIFT) & 3],
			key: flags & KEY ? true : undefined,
			start,
			end: ends[i]!,
			heading,
			timed: (flags & TIMED) !== 0,
			within: (flags & WITHIN) !== 0,
			actors: actorSets[actors[i]!]!,
			speakers: speakersOf(actors[i]!, speakers[i]!),
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
