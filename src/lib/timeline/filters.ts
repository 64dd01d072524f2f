/**
 * Reader filters, kept in the URL query so a filtered view can be shared, survives a reload and
 * works with back and forward: `?actor=trump&actor=putin&kind=call&status=occurred&source=1&q=troops`.
 */
import type { EventKind, EventStatus, Timeline } from '$lib/data/schema';
import { EVENT_KINDS, EVENT_STATUSES } from '$lib/data/vocabulary';

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
	participants: readonly { actor: string }[];
	/** a citation without a quote has no words to search */
	evidence: readonly { quote?: string }[];
	claims: readonly { proposition: string; quote?: string }[];
}

export interface Filters {
	/** events with any of these participants; empty = all */
	actors: string[];
	/** events of any of these kinds; empty = all */
	kinds: EventKind[];
	/** events with any of these statuses; empty = all */
	statuses: EventStatus[];
	/** only events the timeline's main source reports */
	inSourceOnly: boolean;
	/** words that must all appear in the title, summary, quotes or claims (case-insensitive) */
	query: string;
}

export const NO_FILTERS: Filters = {
	actors: [],
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
	timeline?: { actors: readonly { id: string }[] }
): Filters {
	const actorIds = timeline ? new Set(timeline.actors.map((a) => a.id)) : undefined;
	return {
		actors: params.getAll('actor').filter((a) => !actorIds || actorIds.has(a)),
		kinds: params.getAll('kind').filter((k): k is EventKind => KINDS.includes(k)),
		statuses: params.getAll('status').filter((s): s is EventStatus => STATUSES.includes(s)),
		inSourceOnly: params.get('source') === '1',
		query: (params.get('q') ?? '').trim()
	};
}

/** Writes filters as a query string ('' when there are none), in a stable order. */
export function filtersToQuery(filters: Filters): string {
	const params = new URLSearchParams();
	for (const a of filters.actors) params.append('actor', a);
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
	/** the searchable text, lower-cased; a function so it is built only when a query needs it */
	text: () => string;
}

/** Whether a subject passes the filters. */
export function matchesFilterSubject(subject: FilterSubject, filters: Filters): boolean {
	if (filters.inSourceOnly && !subject.inSource) return false;
	if (filters.kinds.length && !filters.kinds.includes(subject.kind)) return false;
	if (filters.statuses.length && !filters.statuses.includes(subject.status)) return false;
	if (filters.actors.length && !subject.actors.some((a) => filters.actors.includes(a))) {
		return false;
	}
	if (filters.query) {
		const text = subject.text();
		const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
		if (!words.every((w) => text.includes(w))) return false;
	}
	return true;
}

/** "a, b or c" */
function either(words: string[]): string {
	if (words.length < 2) return words.join('');
	return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * The filters in words, one phrase each, for a reader who sees a filtered view or its printout:
 * `['with Donald Trump or Vladimir Putin', 'kind: call', 'matching “troops”']`. Ids the timeline
 * does not know are shown as they are.
 */
export function describeFilters(filters: Filters, timeline: Timeline): string[] {
	const actorName = (id: string) => timeline.actors.find((a) => a.id === id)?.name ?? id;
	const words = (values: string[]) => values.map((v) => v.replace(/-/g, ' '));
	const phrases: string[] = [];
	if (filters.actors.length) phrases.push(`with ${either(filters.actors.map(actorName))}`);
	if (filters.kinds.length) phrases.push(`kind: ${either(words(filters.kinds))}`);
	if (filters.statuses.length) phrases.push(`status: ${either(words(filters.statuses))}`);
	if (filters.inSourceOnly) {
		const main = timeline.sources.find((s) => s.id === timeline.mainSource);
		phrases.push(`only events the main source reports${main ? ` (${main.publisher})` : ''}`);
	}
	if (filters.query) phrases.push(`matching “${filters.query}”`);
	return phrases;
}

/** Whether an event passes the filters. */
export function matchesFilters(event: FilterableEvent, filters: Filters): boolean {
	return matchesFilterSubject(
		{
			kind: event.kind,
			status: event.status,
			inSource: event.inSource,
			actors: event.participants.map((p) => p.actor),
			text: () => searchText(event)
		},
		filters
	);
}
