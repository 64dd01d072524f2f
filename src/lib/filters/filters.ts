/**
 * Reader filters, kept in the URL query so a filtered view can be shared, survives a reload and
 * works with back and forward: `?actor=trump&actor=putin&kind=call&status=occurred&source=1&q=troops`,
 * `?side=russia&as=speaker&from=2025-08-16` (what Russia's side said from 16 August on).
 */
import type { EventDate, EventKind, EventStatus, Timeline } from '$lib/data/schema';
import type { ChartActor, ChartEvent, SearchTexts } from '$lib/chart/data';
import { EVENT_KINDS, EVENT_STATUSES } from '$lib/data/vocabulary';
import { eventSpan } from '$lib/time/dates';
import { KIND_WORDS, listText, STATUS_LABELS } from '$lib/data/words';
import { m } from '$lib/i18n';
import { catalogOf } from '$lib/i18n/locale';
import { languageTag } from '$lib/i18n';
import { isoDate, localDay } from '$lib/time/zone-math';

/** Participants' roles in which they, not only take part, but say or write something. */
export const SPEAKING_ROLES: readonly string[] = ['speaker', 'author'];

/**
 * The fields filters look at. A whole TimelineEvent fits, and so does a slimmer copy sent to the
 * browser (an event page's index of its neighbours).
 */
export interface FilterableEvent {
	title: string;
	summary: string;
	kind: EventKind;
	status: EventStatus;
	inSource: boolean;
	participants: readonly { actor: string; role?: string }[];
	/** a citation without a quote has no words to search */
	evidence: readonly { quote?: string }[];
	claims: readonly { proposition: string; quote?: string; speaker?: string }[];
	/** the first and last days it may fall on in its own zone (`eventDays`); else worked out from `date` */
	days?: readonly [number, number];
	date?: EventDate;
	/** the side (affiliation) of each actor it names, when no timeline is at hand */
	sides?: Readonly<Record<string, string>>;
}

export interface Filters {
	/** events with any of these participants; empty = all */
	actors: string[];
	/** events with any actor of these sides (affiliation ids), as if each were chosen; empty = all */
	sides: string[];
	/** whether the chosen actors and sides need only take part, or must speak (claims, statements) */
	role: ActorRole;
	/** events that start on or after this day (YYYY-MM-DD, in each event's own zone); '' = any */
	from: string;
	/** events that start on or before this day; '' = any */
	to: string;
	/** events of any of these kinds; empty = all */
	kinds: EventKind[];
	/** events with any of these statuses; empty = all */
	statuses: EventStatus[];
	/** only events the timeline's main source reports */
	inSourceOnly: boolean;
	/** words that must all appear in the title, summary, quotes or claims (case-insensitive) */
	query: string;
}

export const ACTOR_ROLES = ['involved', 'speaker'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const NO_FILTERS: Filters = {
	actors: [],
	sides: [],
	role: 'involved',
	from: '',
	to: '',
	kinds: [],
	statuses: [],
	inSourceOnly: false,
	query: ''
};

const KINDS: readonly string[] = EVENT_KINDS;
const STATUSES: readonly string[] = EVENT_STATUSES;

/**
 * Reads filters from a query string, keeping only values the timeline knows: a stale or mistyped
 * link shows more events, never an empty chart for a kind that does not exist.
 */
export function parseFilters(
	params: URLSearchParams,
	timeline?: { actors: readonly { id: string; affiliation?: string }[] }
): Filters {
	const actorIds = timeline ? new Set(timeline.actors.map((a) => a.id)) : undefined;
	const sideIds = timeline ? new Set(timeline.actors.map((a) => a.affiliation)) : undefined;
	const role = params.get('as');
	return {
		actors: params.getAll('actor').filter((a) => !actorIds || actorIds.has(a)),
		sides: params.getAll('side').filter((a) => !sideIds || sideIds.has(a)),
		role: role === 'speaker' ? role : 'involved',
		from: dayParam(params.get('from')),
		to: dayParam(params.get('to')),
		kinds: params.getAll('kind').filter((k): k is EventKind => KINDS.includes(k)),
		statuses: params.getAll('status').filter((s): s is EventStatus => STATUSES.includes(s)),
		inSourceOnly: params.get('source') === '1',
		query: (params.get('q') ?? '').trim()
	};
}

/** A calendar day as YYYY-MM-DD, or '' for anything else (a mistyped link shows more events). */
function dayParam(value: string | null): string {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
	return isoDate(dayNumber(value)) === value ? value : '';
}

/** YYYY-MM-DD as days since 1970-01-01. */
const dayNumber = (day: string) =>
	Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;

/** Writes filters as a query string ('' when there are none), in a stable order. */
export function filtersToQuery(filters: Filters): string {
	const params = new URLSearchParams();
	for (const a of filters.actors) params.append('actor', a);
	for (const a of filters.sides) params.append('side', a);
	if (filters.role !== 'involved' && (filters.actors.length || filters.sides.length)) {
		params.set('as', filters.role);
	}
	if (filters.from) params.set('from', filters.from);
	if (filters.to) params.set('to', filters.to);
	for (const k of filters.kinds) params.append('kind', k);
	for (const s of filters.statuses) params.append('status', s);
	if (filters.inSourceOnly) params.set('source', '1');
	if (filters.query) params.set('q', filters.query);
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function hasFilters(filters: Filters): boolean {
	return filtersToQuery(filters) !== '';
}

/** What search reads beyond the title: summary, evidence quotes and claims, lower-cased, a line each. */
export function searchBody(
	event: Pick<FilterableEvent, 'summary' | 'evidence' | 'claims'>
): string {
	return [
		event.summary,
		...event.evidence.map((e) => e.quote ?? ''),
		...event.claims.flatMap((c) => [c.proposition, c.quote ?? ''])
	]
		.filter(Boolean)
		.join('\n')
		.toLowerCase();
}

/** The text that search looks in, lower-cased: the title, then `searchBody()`. */
export function searchText(event: FilterableEvent): string {
	return `${event.title.toLowerCase()}\n${searchBody(event)}`;
}

/** What filtering looks at, so the full event and the chart's slim event share one rule. */
export interface FilterSubject {
	kind: EventKind;
	status: EventStatus;
	inSource: boolean;
	/** participating actor ids */
	actors: readonly string[];
	/** the actors who speak at it: claims' speakers, participants who speak or write */
	speakers: readonly string[];
	/** an actor's side (affiliation id) */
	sideOf: (actor: string) => string | undefined;
	/**
	 * the first and last days it may fall on in its own zone, in days since 1970-01-01: a date known
	 * to the month may fall on any of its days, a span or "sometime within" on any of theirs; a
	 * function, so the zones are read only when a range of days is set
	 */
	days: () => readonly [number, number];
	/** the searchable text, lower-cased; a function so it is built only when a query needs it */
	text: () => string;
}

/** Whether a subject passes the filters. */
export function matchesFilterSubject(subject: FilterSubject, filters: Filters): boolean {
	if (filters.inSourceOnly && !subject.inSource) return false;
	if (filters.kinds.length && !filters.kinds.includes(subject.kind)) return false;
	if (filters.statuses.length && !filters.statuses.includes(subject.status)) return false;
	if (filters.actors.length || filters.sides.length) {
		const people = filters.role === 'speaker' ? subject.speakers : subject.actors;
		const chosen = (a: string) =>
			filters.actors.includes(a) || filters.sides.includes(subject.sideOf(a) ?? '');
		if (!people.some(chosen)) return false;
	}
	// a range of days keeps every event that may fall in it: one that can only be placed to the month,
	// or that spans the range's first day, is not dropped for starting before it
	if (filters.from || filters.to) {
		const [first, last] = subject.days();
		if (filters.from && last < dayNumber(filters.from)) return false;
		if (filters.to && first > dayNumber(filters.to)) return false;
	}
	if (filters.query) {
		const text = subject.text();
		const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
		if (!words.every((w) => text.includes(w))) return false;
	}
	return true;
}

const either = (words: string[]) => listText(words, 'or');

/**
 * Kinds or statuses as words inside a phrase. English has always said the codes ("did not
 * happen"); other languages take the labels, in lower case but for German nouns (kinds).
 */
function codeWords<K extends string>(
	codes: K[],
	labels: Readonly<Record<K, string>>,
	nouns: boolean
): string[] {
	const catalog = catalogOf(languageTag());
	if (catalog === 'en') return codes.map((c) => c.replace(/-/g, ' '));
	return codes.map((c) => {
		const label = labels[c] ?? c;
		return nouns && catalog === 'de'
			? label
			: label.charAt(0).toLocaleLowerCase(catalog) + label.slice(1);
	});
}

/**
 * The filters in words, one phrase each, for a reader who sees a filtered view or its printout:
 * `['with Donald Trump or Vladimir Putin', 'kind: call', 'matching “troops”']`. Ids the timeline
 * does not know are shown as they are.
 */
export function describeFilters(filters: Filters, timeline: Timeline): string[] {
	const actorName = (id: string) => timeline.actors.find((a) => a.id === id)?.name ?? id;
	const sideName = (id: string) => timeline.affiliations?.find((a) => a.id === id)?.name ?? id;
	const phrases: string[] = [];
	const chosen = [
		...filters.sides.map((s) => m.page_filter_anyone_of({ side: sideName(s) })),
		...filters.actors.map(actorName)
	];
	if (chosen.length) {
		const names = either(chosen);
		phrases.push(
			filters.role === 'speaker' ? m.page_filter_said_by({ names }) : m.page_filter_with({ names })
		);
	}
	const { from, to } = filters;
	if (from && to) phrases.push(m.page_filter_from_to({ from, to }));
	else if (from) phrases.push(m.page_filter_from_day({ from }));
	else if (to) phrases.push(m.page_filter_until({ to }));
	if (filters.kinds.length) {
		phrases.push(
			m.page_filter_kinds({ kinds: either(codeWords(filters.kinds, KIND_WORDS, true)) })
		);
	}
	if (filters.statuses.length) {
		const statuses = either(codeWords(filters.statuses, STATUS_LABELS, false));
		phrases.push(m.page_filter_statuses({ statuses }));
	}
	if (filters.inSourceOnly) {
		const main = timeline.sources.find((s) => s.id === timeline.mainSource);
		phrases.push(
			main
				? m.page_filter_main_source_only_named({ publisher: main.publisher })
				: m.page_filter_main_source_only()
		);
	}
	if (filters.query) phrases.push(m.page_filter_matching({ query: filters.query }));
	return phrases;
}

/** The actors who speak at an event: claims' speakers and participants who speak or write. */
export function eventSpeakers(event: Pick<FilterableEvent, 'participants' | 'claims'>): string[] {
	return [
		...new Set([
			...event.participants
				.filter((p) => SPEAKING_ROLES.includes(p.role ?? ''))
				.map((p) => p.actor),
			...event.claims.flatMap((c) => c.speaker ?? [])
		])
	];
}

/** The first and last days an instant span [start, end) touches in `zone`, in days since 1970-01-01. */
export function eventDays(start: number, end: number, zone: string): [number, number] {
	return [localDay(start, zone), localDay(Math.max(start, end - 1), zone)];
}

function subjectDays(event: FilterableEvent): readonly [number, number] {
	if (event.days) return event.days;
	if (!event.date) return [0, 0];
	const span = eventSpan(event.date);
	return eventDays(span.start, span.end, event.date.zone);
}

/**
 * Whether an event passes the filters. Actors' sides come from the timeline when it is given,
 * else from the event's own `sides`.
 */
export function matchesFilters(
	event: FilterableEvent,
	filters: Filters,
	timeline?: { actors: readonly { id: string; affiliation: string }[] }
): boolean {
	const sides = timeline && new Map(timeline.actors.map((a) => [a.id, a.affiliation]));
	return matchesFilterSubject(
		{
			kind: event.kind,
			status: event.status,
			inSource: event.inSource,
			actors: event.participants.map((p) => p.actor),
			speakers: eventSpeakers(event),
			sideOf: (a) => sides?.get(a) ?? event.sides?.[a],
			days: () => subjectDays(event),
			text: () => searchText(event)
		},
		filters
	);
}

const fullTexts = new WeakMap<ChartEvent, string>();

/**
 * What search looks in, lower-cased: the title, then the summary, quotes and claims when `texts`
 * has them (built once per event). Without them it is the title alone.
 */
export function chartSearchText(event: ChartEvent, texts?: SearchTexts): string {
	const more = texts?.[event.id];
	if (more === undefined) return event.title.toLowerCase();
	let text = fullTexts.get(event);
	if (text === undefined) {
		text = `${event.title.toLowerCase()}\n${more}`;
		fullTexts.set(event, text);
	}
	return text;
}

/**
 * The events that pass the filters, in their sorted order (the same array when none are set). A
 * query searches the titles, and the summaries, quotes and claims too once `texts` is given.
 */
export function filterChartEvents(
	events: ChartEvent[],
	filters: Filters,
	texts?: SearchTexts,
	actors: readonly ChartActor[] = []
): ChartEvent[] {
	if (!hasFilters(filters)) return events;
	const sides = new Map(actors.map((a) => [a.id, a.affiliation]));
	const sideOf = (id: string) => sides.get(id);
	return events.filter((e) =>
		matchesFilterSubject(
			{
				...e,
				sideOf,
				days: () => eventDays(e.start, e.end, e.zone),
				text: () => chartSearchText(e, texts)
			},
			filters
		)
	);
}
