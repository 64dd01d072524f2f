/**
 * One event with everything it refers to looked up and put into words: what an event's detail
 * panel shows. Built at build time from the whole timeline, so the page carries only this event.
 * A reference the data cannot resolve is shown by its id, never dropped.
 */
import type {
	Codes,
	EventDate,
	Participant,
	Place,
	Timeline,
	TimelineEvent
} from '$lib/data/schema';
import { attributionText, claimSentence } from './attribution';
import { eventSpan, toEdtf } from '$lib/time/dates';
import { eventTimeRows, type TimeRow } from '$lib/time/event-times';
import { formatPublished, namedZoneTable } from '$lib/time/format';
import { headlineWhen, headlineWho } from './headline';
import { relatedEvents, type RelatedEvent } from './related';
import { importedText, provenanceOf } from './provenance';
import {
	CLAIM_STATUS_WORDS,
	describePrecision,
	KIND_WORDS,
	ROLE_WORDS,
	STATUS_WORDS
} from '$lib/data/words';
import type { ZoneTable } from '$lib/time/zone-math';
import { DAY } from '$lib/time/durations';
import { m } from '$lib/i18n';

export interface SourceView {
	id: string;
	publisher: string;
	title: string;
	url?: string;
	author?: string;
	/** the publication date in words */
	published: string;
	note?: string;
}

export interface ParticipantView {
	id: string;
	name: string;
	/** office or role at the time: "President of Russia" */
	office?: string;
	/** the part played at this event, in words: "host" */
	role: string;
	affiliation?: string;
	zone?: string;
	note?: string;
}

export interface ClaimView {
	id: string;
	/** "Donald Trump says … — per …, per …" */
	sentence: string;
	quote?: string;
	source?: SourceView;
	status: string;
	note?: string;
}

/** A quote from a source, or without quote a citation of it (with a locator: page, timestamp). */
export interface EvidenceView {
	quote?: string;
	locator?: string;
	note?: string;
	source: SourceView;
}

export interface EventView {
	id: string;
	title: string;
	summary: string;
	note?: string;
	kind: string;
	status: string;
	/** the status itself, for machine use (a CSS class): `status` is in the reader's language */
	statusId: TimelineEvent['status'];
	statusMeaning: string;
	/** whether the timeline's main source reports it */
	inSource: boolean;
	/** the timeline's main source, when it is built on one: the page names its publisher */
	mainSource?: Pick<SourceView, 'publisher'>;
	/** the notice of an imported timeline, not yet sourced event by event */
	imported?: string;
	date: EventDate;
	/** the same in one short line, for the top of the page: "Sat 16 Aug 2025, by 15:06 New York time" */
	whenLine: string;
	precision: string;
	edtf: string;
	times: TimeRow[];
	/** the event's zone around its date, so the browser adds the reader's row without Intl */
	zoneTable: ZoneTable;
	place?: Place;
	participants: ParticipantView[];
	/** who says the event happened: "per four European officials, per The Wall Street Journal" */
	attribution: string;
	/** who says so in a few words, for the top of the page: "European officials, via The Wall Street Journal" */
	who: string;
	claims: ClaimView[];
	evidence: EvidenceView[];
	/** every source the evidence and claims cite, once each, in the order first cited */
	sources: SourceView[];
	related: RelatedEvent[];
	codes?: Codes;
}

/** The table of the event's zone over its span and two days either side. */
function eventZoneTable(date: EventDate): ZoneTable {
	const span = eventSpan(date);
	return namedZoneTable(date.zone, span.start - 2 * DAY, span.end + 2 * DAY);
}

const ABSENT = new Set<Participant['role']>(['subject', 'invitee']);

/**
 * Each source's view, made once per timeline: every quote and claim of an event then holds the
 * same object, which the page's data (devalue) writes once and refers to after.
 */
const sourceViews = new WeakMap<Timeline, Map<string, SourceView>>();

function sourceView(timeline: Timeline, id: string): SourceView {
	let views = sourceViews.get(timeline);
	if (!views) sourceViews.set(timeline, (views = new Map()));
	let view = views.get(id);
	if (!view) views.set(id, (view = makeSourceView(timeline, id)));
	return view;
}

function makeSourceView(timeline: Timeline, id: string): SourceView {
	const s = timeline.sources.find((x) => x.id === id);
	if (!s) return { id, publisher: id, title: m.event_source_missing(), published: '' };
	return {
		id: s.id,
		publisher: s.publisher,
		title: s.title,
		published: formatPublished(s.published),
		...(s.url ? { url: s.url } : {}),
		...(s.author ? { author: s.author } : {}),
		...(s.note ? { note: s.note } : {})
	};
}

export function eventView(timeline: Timeline, event: TimelineEvent): EventView {
	const actors = new Map(timeline.actors.map((a) => [a.id, a]));
	const affiliations = new Map(timeline.affiliations.map((a) => [a.id, a.name]));
	const participants: ParticipantView[] = event.participants.map((p) => {
		const actor = actors.get(p.actor);
		const affiliation = actor ? affiliations.get(actor.affiliation) : undefined;
		return {
			id: p.actor,
			name: actor?.name ?? p.actor,
			role: ROLE_WORDS[p.role],
			...(actor?.role ? { office: actor.role } : {}),
			...(affiliation ? { affiliation } : {}),
			...(actor ? { zone: actor.zone } : {}),
			...(p.note ? { note: p.note } : {})
		};
	});
	const cited = [
		...event.evidence.map((e) => e.source),
		...event.claims.flatMap((c) => c.source ?? [])
	];
	const place = event.place ? timeline.places.find((p) => p.id === event.place) : undefined;
	// whose local time is worth showing: people taking part, not the subject of a statement
	const present = event.participants.flatMap((p) => {
		const actor = actors.get(p.actor);
		return actor && !ABSENT.has(p.role) ? [{ name: actor.name, zone: actor.zone }] : [];
	});
	return {
		id: event.id,
		title: event.title,
		summary: event.summary,
		...(event.note ? { note: event.note } : {}),
		kind: KIND_WORDS[event.kind],
		status: STATUS_WORDS[event.status].label,
		statusId: event.status,
		statusMeaning: STATUS_WORDS[event.status].meaning,
		inSource: event.inSource,
		...(timeline.mainSource
			? { mainSource: { publisher: sourceView(timeline, timeline.mainSource).publisher } }
			: {}),
		// only an imported timeline pays for counting its sources
		...(timeline.imported ? { imported: importedText(provenanceOf(timeline)) } : {}),
		date: event.date,
		whenLine: headlineWhen(event.date),
		precision: describePrecision(event.date),
		edtf: toEdtf(event.date),
		times: eventTimeRows(event.date, present),
		zoneTable: eventZoneTable(event.date),
		...(place
			? { place }
			: event.place
				? { place: { id: event.place, name: event.place, zone: event.date.zone } }
				: {}),
		participants,
		attribution: attributionText(event.attribution, timeline),
		who: headlineWho(event, timeline),
		claims: event.claims.map((c) => ({
			id: c.id,
			sentence: claimSentence(c, timeline),
			status: CLAIM_STATUS_WORDS[c.status],
			...(c.quote ? { quote: c.quote } : {}),
			...(c.source ? { source: sourceView(timeline, c.source) } : {}),
			...(c.note ? { note: c.note } : {})
		})),
		evidence: event.evidence.map((e) => ({
			...(e.quote ? { quote: e.quote } : {}),
			...(e.locator ? { locator: e.locator } : {}),
			source: sourceView(timeline, e.source),
			...(e.note ? { note: e.note } : {})
		})),
		sources: [...new Set(cited)].map((id) => sourceView(timeline, id)),
		related: relatedEvents(timeline, event),
		...(event.codes && (event.codes.cameo?.length || event.codes.plover)
			? { codes: event.codes }
			: {})
	};
}
