/**
 * An event's references (actors, sources, place) resolved to words, as the exports and the printed
 * briefing write them. Ids that do not resolve are shown as they are, never dropped.
 */
import type {
	Actor,
	Affiliation,
	Evidence,
	Participant,
	Place,
	Source,
	Timeline,
	TimelineEvent
} from '$lib/data/schema';
import { formatPublished } from '$lib/time/format';
import { m } from '$lib/i18n';

/** Lookups by id, built once per timeline. */
export interface TimelineIndex {
	actors: Map<string, Actor>;
	sources: Map<string, Source>;
	places: Map<string, Place>;
	affiliations: Map<string, Affiliation>;
	/** affiliation id → its position in the timeline's list, for lane order */
	affiliationOrder: Map<string, number>;
}

export function indexTimeline(timeline: Timeline): TimelineIndex {
	return {
		actors: new Map(timeline.actors.map((a) => [a.id, a])),
		sources: new Map(timeline.sources.map((s) => [s.id, s])),
		places: new Map(timeline.places.map((p) => [p.id, p])),
		affiliations: new Map(timeline.affiliations.map((a) => [a.id, a])),
		affiliationOrder: new Map(timeline.affiliations.map((a, i) => [a.id, i]))
	};
}

/** A participant's role in a word, as the exports write it: "host", "invitee". */
export function roleWord(role: Participant['role']): string {
	const words: Record<Participant['role'], () => string> = {
		host: m.export_role_host,
		visitor: m.export_role_visitor,
		participant: m.export_role_participant,
		caller: m.export_role_caller,
		recipient: m.export_role_recipient,
		author: m.export_role_author,
		speaker: m.export_role_speaker,
		signatory: m.export_role_signatory,
		audience: m.export_role_audience,
		subject: m.export_role_subject,
		publisher: m.export_role_publisher,
		invitee: m.export_role_invitee,
		mediator: m.export_role_mediator
	};
	return words[role]?.() ?? role;
}

/** "Donald Trump (host), Vladimir Putin (visitor)" */
export function participantsText(event: TimelineEvent, index: TimelineIndex): string {
	return event.participants
		.map((p) =>
			m.export_participant({
				name: index.actors.get(p.actor)?.name ?? p.actor,
				role: roleWord(p.role)
			})
		)
		.join(', ');
}

/** The ids of the affiliations the participants belong to, in the timeline's order, once each. */
export function eventAffiliations(event: TimelineEvent, index: TimelineIndex): string[] {
	const ids = new Set<string>();
	for (const p of event.participants) {
		const affiliation = index.actors.get(p.actor)?.affiliation;
		if (affiliation) ids.add(affiliation);
	}
	const order = (id: string) => index.affiliationOrder.get(id) ?? Infinity;
	return [...ids].sort((a, b) => order(a) - order(b));
}

/** `Newsmax, “Trump tells Europeans …”, Sat 16 Aug 2025 (uncertain)` */
export function citation(source: Source): string {
	const by = source.author
		? m.export_citation_by({ author: source.author, publisher: source.publisher })
		: source.publisher;
	return m.export_citation({
		by,
		title: source.title,
		published: formatPublished(source.published)
	});
}

/** The source of a piece of evidence in words, or its id when the timeline lacks it. */
export function citationFor(sourceId: string, index: TimelineIndex): string {
	const source = index.sources.get(sourceId);
	return source ? citation(source) : sourceId;
}

/** The source of a piece of evidence with where in it: `Newsmax, “…”, Sat 16 Aug 2025, p. 4`. */
export function evidenceCitation(evidence: Evidence, index: TimelineIndex): string {
	return `${citationFor(evidence.source, index)}${evidence.locator ? `, ${evidence.locator}` : ''}`;
}

export function placeName(event: TimelineEvent, index: TimelineIndex): string | undefined {
	if (!event.place) return undefined;
	return index.places.get(event.place)?.name ?? event.place;
}
