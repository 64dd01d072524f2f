/**
 * The printed briefing as plain data: every string the page shows, worked out once at build time
 * (dates and zone names come from the build's zone database, so the browser never recomputes them
 * and the print matches the prerendered page).
 */
import type { EventDate, EventKind, EventStatus, Timeline, TimelineEvent } from '$lib/data/schema';
import { eventSpan, isFuzzy, type Span } from '$lib/time/dates';
import { longDateText } from '$lib/time/calendar-words';
import {
	datedHeading,
	groupByHeading,
	heading,
	headingKey,
	sortByHeading
} from '$lib/time/headings';
import { DAY } from '$lib/time/durations';
import { eventZoneLabel, formatEventDate, formatPublished, zoneCity } from '$lib/time/format';
import { compiledText, importedText, provenanceOf } from '$lib/event/provenance';
import { STATUS_LABELS, STATUS_MEANINGS } from '$lib/data/words';
import { spanText, timelineSpan } from '$lib/time/timeline-span';
import {
	citation,
	citationFor,
	eventAffiliations,
	indexTimeline,
	participantsText,
	placeName,
	type TimelineIndex
} from '$lib/export/describe';
import { eventUrl, timelineUrl } from '$lib/export/urls';
import { m } from '$lib/i18n';

/** The heading an event is listed under: a local day, or a coarser unit when that is all we know. */
export interface BriefingHeading {
	/** `headingKey()`: `2025-08-15`, `2025-08-11/2025-08-14`, `2025-W34`, `2025-10`, `2025` */
	key: string;
	/** "Friday 15 August 2025", "Week of 18 August 2025" */
	label: string;
	/** "15 Aug", for the chart's axis */
	short: string;
	/** "15 Aug 2025", for the chart's axis when its days fall in more than one year */
	dated: string;
	/** the years of its first and last day */
	years: [number, number];
}

export interface BriefingEntry {
	id: string;
	title: string;
	/** the kind in a word: "call" */
	kind: string;
	status: EventStatus;
	statusLabel: string;
	statusMeaning: string;
	/** "Fri 15 Aug 2025, 11:26 – about 14:30" */
	when: string;
	/** "Anchorage time (AKDT)" */
	zone: string;
	/** "Anchorage", for day headings */
	zoneCity: string;
	day: BriefingHeading;
	place?: string;
	participants: string;
	summary: string;
	/** the key quote: the first piece of evidence; empty when it is a citation without a quote */
	quote: string;
	/** its source, short, for the footnote: "Source 1: Newsmax, Sat 16 Aug 2025 (uncertain)", with its locator */
	citation: string;
	/**
	 * what else the event page cites, for the footnote: "2 more sources on the event page", "one
	 * more quote from this source on the event page", or empty
	 */
	furtherEvidence: string;
	/** not in the timeline's main source (never true without one) */
	addedContext: boolean;
	permalink: string;
	/** a key event (`prominence: "key"` in the data): named and drawn larger in the overview */
	key: boolean;
	span: Span;
	fuzzy: boolean;
	/** affiliation ids of the participants: the chart lanes the event appears in */
	lanes: string[];
}

export interface BriefingSource {
	id: string;
	text: string;
	url?: string;
	note?: string;
	main: boolean;
}

export interface Briefing {
	id: string;
	title: string;
	summary: string;
	/** "31 October 2025" */
	asOf: string;
	/** "24 Feb 2025 – 22 Oct 2025": local days where the events happened */
	span: string;
	/** the timeline's public address */
	url: string;
	sources: BriefingSource[];
	/** "Compiled from 12 sources." without a main source */
	compiled?: string;
	/** the warning of an imported timeline not yet sourced event by event */
	imported?: string;
	/** every affiliation, in the timeline's order: the chart keeps those with events */
	lanes: { id: string; name: string }[];
	/** in date order */
	entries: BriefingEntry[];
}

/** A briefing and the timeline it is built from: what `briefing.json` holds. */
export interface BriefingData {
	briefing: Briefing;
	timeline: Timeline;
}

/** The heading an event is listed under, in words: the rule the list follows too. */
export function briefingHeading(date: EventDate): BriefingHeading {
	const { key, label, short, first, last } = heading(headingKey(date));
	const year = (day: number) => new Date(day * DAY).getUTCFullYear();
	return { key, label, short, dated: datedHeading(key), years: [year(first), year(last)] };
}

/** "Source 1: Newsmax, Sat 16 Aug 2025": the number is the source's place in the Sources list. */
function shortCitation(sourceId: string, timeline: Timeline, index: TimelineIndex): string {
	const source = index.sources.get(sourceId);
	if (!source) return citationFor(sourceId, index);
	const n = timeline.sources.indexOf(source) + 1;
	return m.print_source_short({
		number: n,
		publisher: source.publisher,
		published: formatPublished(source.published)
	});
}

/** How many more sources (or, when there are none, quotes from the key's source) the event has. */
function furtherEvidence(keySource: string | undefined, more: { source: string }[]): string {
	// two quotes from one source are one source: counting quotes would overstate the support
	const sources = new Set(more.map((e) => e.source).filter((s) => s !== keySource)).size;
	if (sources) return m.print_more_sources({ count: sources });
	return more.length ? m.print_more_quotes({ count: more.length }) : '';
}

/** A kind in a word, lower case as it reads after the date: "call", "summit". */
export function kindWord(kind: EventKind): string {
	const words: Record<EventKind, () => string> = {
		summit: m.print_kind_summit,
		meeting: m.print_kind_meeting,
		call: m.print_kind_call,
		videoconference: m.print_kind_videoconference,
		statement: m.print_kind_statement,
		post: m.print_kind_post,
		remarks: m.print_kind_remarks,
		speech: m.print_kind_speech,
		interview: m.print_kind_interview,
		report: m.print_kind_report,
		proposal: m.print_kind_proposal,
		threat: m.print_kind_threat,
		announcement: m.print_kind_announcement,
		agreement: m.print_kind_agreement,
		sanction: m.print_kind_sanction,
		other: m.print_kind_other
	};
	return words[kind]?.() ?? kind;
}

/**
 * Whether the authors marked an event as key. Read from the data as it comes, so a timeline written
 * before events had a prominence simply has none.
 */
export function isKeyEvent(event: TimelineEvent): boolean {
	return (event as { prominence?: string }).prominence === 'key';
}

function entry(
	event: TimelineEvent,
	timeline: Timeline,
	index: TimelineIndex,
	root: string
): BriefingEntry {
	const { date } = event;
	const [key, ...more] = event.evidence;
	return {
		id: event.id,
		title: event.title,
		kind: kindWord(event.kind),
		status: event.status,
		statusLabel: STATUS_LABELS[event.status],
		statusMeaning: STATUS_MEANINGS[event.status],
		when: formatEventDate(date),
		zone: eventZoneLabel(date),
		zoneCity: date.zone === 'UTC' || date.zone === 'Etc/UTC' ? 'UTC' : zoneCity(date.zone),
		day: briefingHeading(date),
		place: placeName(event, index),
		participants: participantsText(event, index),
		summary: event.summary,
		quote: key?.quote ?? '',
		citation: key
			? `${shortCitation(key.source, timeline, index)}${key.locator ? `, ${key.locator}` : ''}`
			: '',
		furtherEvidence: furtherEvidence(key?.source, more),
		// "added context" is said only against a main source the other events come from
		addedContext: timeline.mainSource !== undefined && !event.inSource,
		permalink: eventUrl(root, timeline.id, event.id),
		key: isKeyEvent(event),
		span: eventSpan(date),
		fuzzy: isFuzzy(date),
		lanes: eventAffiliations(event, index)
	};
}

/** Everything the briefing shows, with permalinks under the site root `root`. */
export function buildBriefing(timeline: Timeline, root: string): Briefing {
	const index = indexTimeline(timeline);
	return {
		id: timeline.id,
		title: timeline.title,
		summary: timeline.summary,
		asOf: longDateText(new Date(`${timeline.asOf}T00:00:00Z`)),
		span: spanText(timelineSpan(timeline)),
		url: timelineUrl(root, timeline.id),
		sources: timeline.sources.map((s) => ({
			id: s.id,
			text: citation(s),
			url: s.url,
			note: s.note,
			main: s.id === timeline.mainSource
		})),
		...(compiledText(provenanceOf(timeline))
			? { compiled: compiledText(provenanceOf(timeline)) }
			: {}),
		...(importedText(provenanceOf(timeline))
			? { imported: importedText(provenanceOf(timeline)) }
			: {}),
		lanes: timeline.affiliations.map((a) => ({ id: a.id, name: a.name })),
		entries: sortByHeading(timeline.events).map((e) => entry(e, timeline, index, root))
	};
}

export interface BriefingDay {
	day: BriefingHeading;
	/** "Anchorage time", or "local time in New York, Moscow and Kyiv" */
	zones: string;
	entries: (BriefingEntry & { number: number })[];
}

/**
 * Groups the entries under their headings, as the list does (`groupByHeading()`): headings in
 * order, entries in date order within each, numbered 1…n in that order.
 */
export function groupBriefing(entries: readonly BriefingEntry[]): BriefingDay[] {
	let number = 0;
	const groups: BriefingDay[] = groupByHeading(entries, (e) => e.day.key).map((g) => ({
		day: g.events[0]!.day,
		zones: '',
		entries: g.events.map((e) => ({ ...e, number: ++number }))
	}));
	for (const g of groups) {
		const cities = [...new Set(g.entries.map((e) => e.zoneCity))];
		g.zones =
			cities.length === 1
				? cities[0] === 'UTC'
					? 'UTC'
					: m.print_zone_city({ city: cities[0]! })
				: m.print_zone_cities({ cities: cities.slice(0, -1).join(', '), last: cities.at(-1)! });
	}
	return groups;
}
