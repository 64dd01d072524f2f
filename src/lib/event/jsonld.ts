/**
 * schema.org JSON-LD for an event page: an `Event` with its status, place and attendees, the
 * articles that back it as `NewsArticle`s it is the subject of, and relayed propositions as
 * `Claim`s. Dates keep their precision: a day stays `2025-08-16`, never a made-up midnight.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type {
	Actor,
	DatePoint,
	EventStatus,
	Participant,
	Source,
	Timeline,
	TimelineEvent
} from '$lib/data/schema';
import { pointSpan } from '$lib/time/dates';
import { m } from '$lib/i18n';

type Json = Record<string, unknown>;

/**
 * schema.org has no status for claimed, contested or merely proposed events: for those the
 * property is left out rather than asserting that something was scheduled.
 */
export const SCHEMA_EVENT_STATUS: Record<EventStatus, string | null> = {
	occurred: 'https://schema.org/EventScheduled',
	reported: 'https://schema.org/EventScheduled',
	scheduled: 'https://schema.org/EventScheduled',
	claimed: null,
	contested: null,
	proposed: null,
	'did-not-happen': 'https://schema.org/EventCancelled',
	cancelled: 'https://schema.org/EventCancelled'
};

/** Roles that do not mean taking part: the subject of a statement, someone only invited. */
const NOT_ATTENDING = new Set<Participant['role']>(['subject', 'invitee']);

/**
 * An ISO 8601 date as precise as the point: `2025-08-15T11:26:00-08:00`, `2025-08-16`, `2025-08`.
 * ISO dates have no week, so a week is its Monday as a start and its Sunday as an end.
 */
export function schemaDate(
	point: DatePoint,
	zone: string,
	side: 'start' | 'end' = 'start'
): string {
	switch (point.precision) {
		case 'minute':
		case 'hour':
			return format(new TZDate(pointSpan(point, zone).start, zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
		case 'week': {
			const span = pointSpan(point, zone);
			return format(new TZDate(side === 'start' ? span.start : span.end - 1, zone), 'yyyy-MM-dd');
		}
		case 'part-of-day':
		case 'day':
		case 'month':
		case 'year':
			return point.value;
	}
}

function agent(actor: Actor): Json {
	const person = actor.kind === 'person';
	return {
		'@type': person ? 'Person' : 'Organization',
		name: actor.name,
		...(person && actor.role ? { jobTitle: actor.role } : {}),
		...(actor.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${actor.wikidata}` } : {})
	};
}

function article(source: Source): Json {
	return {
		'@type': 'NewsArticle',
		headline: source.title,
		publisher: { '@type': 'Organization', name: source.publisher },
		// an unknown publication date is left out, never guessed
		...(source.published
			? { datePublished: schemaDate(source.published, source.published.zone ?? 'UTC') }
			: {}),
		...(source.url ? { url: source.url } : {}),
		...(source.author ? { author: { '@type': 'Person', name: source.author } } : {})
	};
}

function location(event: TimelineEvent, timeline: Pick<Timeline, 'places'>): Json | undefined {
	const place = event.place ? timeline.places.find((p) => p.id === event.place) : undefined;
	if (place && (place.kind === 'virtual' || place.kind === 'online')) {
		return { '@type': 'VirtualLocation', name: place.name };
	}
	if (place) {
		return {
			'@type': 'Place',
			name: place.name,
			...(place.lat !== undefined && place.lon !== undefined
				? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }
				: {})
		};
	}
	if (event.kind === 'call') return { '@type': 'VirtualLocation', name: m.event_telephone_call() };
	if (event.kind === 'videoconference')
		return { '@type': 'VirtualLocation', name: m.event_video_call() };
	return undefined;
}

function attendanceMode(loc: Json | undefined): string | undefined {
	if (!loc) return undefined;
	return loc['@type'] === 'VirtualLocation'
		? 'https://schema.org/OnlineEventAttendanceMode'
		: 'https://schema.org/OfflineEventAttendanceMode';
}

export interface JsonLdInput {
	event: TimelineEvent;
	timeline: Pick<Timeline, 'actors' | 'places' | 'sources'>;
	/** the event page's absolute URL */
	url: string;
}

/** The JSON-LD object for one event page. */
export function eventJsonLd({ event, timeline, url }: JsonLdInput): Json {
	const actor = (id: string) => timeline.actors.find((a) => a.id === id);
	const source = (id: string) => timeline.sources.find((s) => s.id === id);
	const attending = event.participants.filter((p) => !NOT_ATTENDING.has(p.role));
	const hosts = event.participants.filter((p) => p.role === 'host');
	const loc = location(event, timeline);
	const mode = attendanceMode(loc);
	const status = SCHEMA_EVENT_STATUS[event.status];
	const articles = [...new Set(event.evidence.map((e) => e.source))]
		.map(source)
		.filter((s): s is Source => !!s)
		.map(article);
	const claims = event.claims.map((claim) => {
		const speaker = actor(claim.speaker);
		const carrier = claim.source ? source(claim.source) : undefined;
		return {
			'@type': 'Claim',
			text: claim.proposition,
			...(speaker ? { author: agent(speaker) } : {}),
			...(carrier ? { appearance: article(carrier) } : {})
		};
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		'@id': `${url}#event`,
		name: event.title,
		description: event.summary,
		url,
		startDate: schemaDate(event.date.start, event.date.zone),
		...(event.date.end && !event.date.within
			? { endDate: schemaDate(event.date.end, event.date.zone, 'end') }
			: !event.date.end && event.date.start.precision === 'week'
				? { endDate: schemaDate(event.date.start, event.date.zone, 'end') }
				: {}),
		...(status ? { eventStatus: status } : {}),
		...(mode ? { eventAttendanceMode: mode } : {}),
		...(loc ? { location: loc } : {}),
		attendee: attending
			.map((p) => actor(p.actor))
			.filter((a): a is Actor => !!a)
			.map(agent),
		...(hosts.length
			? {
					organizer: hosts
						.map((p) => actor(p.actor))
						.filter((a): a is Actor => !!a)
						.map(agent)
				}
			: {}),
		subjectOf: [...articles, ...claims],
		mainEntityOfPage: url
	};
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so text cannot end the script. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
