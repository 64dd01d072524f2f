/**
 * The slim shape of a timeline that the chart and the list need in the browser. It leaves out
 * what only the detail panel shows (sources, claims' chains, codes) and what only search reads
 * (summaries, quotes and claims: `search.json`, fetched when the reader first searches). It
 * carries each event's real-time span precomputed on the server, and is sorted once, here.
 */
import { m } from '$lib/i18n';
import { provenanceOf, type Provenance } from '$lib/event/provenance';
import type { EventDate, EventKind, EventStatus, Timeline, TimelineEvent } from '$lib/data/schema';
import { bySpan, eventSpan, isInstant } from '$lib/time/dates';
import { DAY } from '$lib/time/durations';
import { formatEventDateWithZone, namedZoneTable } from '$lib/time/format';
import { eventSpeakers, searchBody } from '$lib/filters/filters';
import { fadeOf, type Fade } from './encoding';
import { headingKey, isTimed } from '$lib/time/headings';
import { spanText, timelineSpan } from '$lib/time/timeline-span';
import type { ZoneTable } from '$lib/time/zone-math';

export interface ChartEvent {
	id: string;
	title: string;
	kind: EventKind;
	status: EventStatus;
	/** the zone it happened in (its date's zone) */
	zone: string;
	/** its date in words with that zone, worked out at build time: "Fri 15 Aug 2025, 11:10 – …" */
	when: string;
	/** present when the date is one minute with no end: an instant, not a span */
	instant?: true;
	/** present when an end of its span is approximate or uncertain: the end(s) its bar fades at */
	fade?: Fade;
	/** present when the author marked it a key event (`prominence: "key"`) */
	key?: true;
	/** real-time span [start, end) in epoch ms */
	start: number;
	end: number;
	/** the heading it is listed under in its own zone (`headingKey()`): its day, week, month, range */
	heading: string;
	/** true when its start is a time of day: only then another display zone moves its heading */
	timed: boolean;
	/** true when it happened once somewhere within its span */
	within: boolean;
	/** ids of the participating actors, in the order the data gives them (shared between events) */
	actors: readonly string[];
	/** ids of the actors who speak at it (`eventSpeakers()`), for the filters */
	speakers: readonly string[];
	/** false for context the editors added beside the main source; a timeline without one has none */
	inSource: boolean;
}

/**
 * What search reads beyond an event's title, by event id: its summary, evidence quotes and claims,
 * lower-cased. The page leaves it out (it is most of an event's weight); `search.json` carries it.
 */
export type SearchTexts = Record<string, string>;

export interface ChartActor {
	id: string;
	name: string;
	affiliation: string;
}

export interface ChartAffiliation {
	id: string;
	name: string;
}

export interface ChartData {
	id: string;
	title: string;
	summary: string;
	asOf: string;
	/** the days the events cover, where they happened: "16 Aug 2025 – 31 Oct 2025" */
	span: string;
	/** the zone most events happened in: the default zone of the axis */
	zone: string;
	/**
	 * the offsets and short names around the events of that zone and of every zone an event is
	 * dated in, that zone first, so the browser needs no Intl to draw, group or filter them
	 */
	zoneTables: ZoneTable[];
	/** the timeline's main source, "“Title”, Publisher", for the "only in the article" filter */
	article?: string;
	affiliations: ChartAffiliation[];
	actors: ChartActor[];
	/** sorted by start, then end; events that tie keep the order of the file */
	events: ChartEvent[];
	provenance: Provenance;
}

/** The zone most events are dated in; the first one seen wins a tie. */
export function dominantZone(dates: readonly Pick<EventDate, 'zone'>[]): string {
	const counts = new Map<string, number>();
	let best = 'UTC';
	let bestCount = 0;
	for (const { zone } of dates) {
		const n = (counts.get(zone) ?? 0) + 1;
		counts.set(zone, n);
		if (n > bestCount) {
			best = zone;
			bestCount = n;
		}
	}
	return best;
}

/**
 * The chart's view of one event. Without a main source (`hasMainSource` false) nothing is context
 * beside it, so every event counts as in the source.
 */
export function toChartEvent(event: TimelineEvent, hasMainSource = true): ChartEvent {
	const span = eventSpan(event.date);
	const fade = fadeOf(event.date);
	return {
		id: event.id,
		title: event.title,
		kind: event.kind,
		status: event.status,
		zone: event.date.zone,
		when: formatEventDateWithZone(event.date),
		...(isInstant(event.date) ? { instant: true as const } : {}),
		...(fade ? { fade } : {}),
		...(event.prominence === 'key' ? { key: true as const } : {}),
		start: span.start,
		end: span.end,
		heading: headingKey(event.date),
		timed: isTimed(event.date),
		within: !!event.date.within,
		actors: [...new Set(event.participants.map((p) => p.actor))],
		speakers: eventSpeakers(event),
		inSource: event.inSource || !hasMainSource
	};
}

/** Each event's summary, quotes and claims for search (`searchBody()`), by id. */
export function toSearchTexts(timeline: Timeline): SearchTexts {
	return Object.fromEntries(timeline.events.map((event) => [event.id, searchBody(event)]));
}

/** Sorts events by start, then end; Array.prototype.sort is stable, so ties keep file order. */
export function sortEvents<T extends { start: number; end: number }>(events: T[]): T[] {
	return events.sort(bySpan);
}

const YEAR = 366 * DAY;

/**
 * The tables of `zone` and of every zone the events are dated in, `zone` first, each over the
 * events' span with a margin either side as wide as the span (a year at least), which covers every
 * view the chart allows and the ticks just beyond its edges. Without the events' own zones, the
 * filters' first read of an event's local day loaded the runtime's zone data, which blocked a
 * throttled phone's start for about 100 ms.
 */
export function chartZoneTables(zone: string, events: readonly ChartEvent[]): ZoneTable[] {
	let from = Infinity;
	let to = -Infinity;
	for (const e of events) {
		from = Math.min(from, e.start);
		to = Math.max(to, e.end);
	}
	if (!Number.isFinite(from)) from = to = Date.UTC(2025, 0, 1);
	const margin = Math.max(to - from, YEAR);
	const zones = new Set([zone, ...events.map((e) => e.zone)]);
	return [...zones].map((z) => namedZoneTable(z, from - margin, to + margin));
}

/** The main source as the filter names it; none when the timeline has no main source. */
function articleOf(timeline: Timeline): { article?: string } {
	const main = timeline.mainSource
		? timeline.sources.find((s) => s.id === timeline.mainSource)
		: undefined;
	return main ? { article: m.chart_article({ publisher: main.publisher, title: main.title }) } : {};
}

export function toChartData(timeline: Timeline): ChartData {
	const zone = dominantZone(timeline.events.map((e) => e.date));
	const events = sortEvents(timeline.events.map((e) => toChartEvent(e, !!timeline.mainSource)));
	return {
		id: timeline.id,
		title: timeline.title,
		summary: timeline.summary,
		asOf: timeline.asOf,
		span: spanText(timelineSpan(timeline)),
		zone,
		zoneTables: chartZoneTables(zone, events),
		...articleOf(timeline),
		affiliations: timeline.affiliations.map(({ id, name }) => ({ id, name })),
		actors: timeline.actors.map(({ id, name, affiliation }) => ({ id, name, affiliation })),
		events,
		provenance: provenanceOf(timeline)
	};
}
