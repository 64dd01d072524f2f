/**
 * Chains of attribution in words: who says so, and through whom the words reached us.
 * Hops are ordered from the original speaker outwards to the publication we read, so
 * "Trump told European leaders, four officials relayed it, the WSJ reported it" reads
 * "Donald Trump says … — per four European officials, per The Wall Street Journal".
 */
import type { AttributionHop, Claim, Timeline } from '$lib/data/schema';
import { m } from '$lib/i18n';

/** The parts of a timeline that attribution refers to. */
export type People = Pick<Timeline, 'actors' | 'sources'>;

/** Who one hop names: its label, else its actor's name, else its source's publisher. */
export function hopName(hop: AttributionHop, people: People): string {
	const actor = hop.actor ? (people.actors.find((a) => a.id === hop.actor)?.name ?? hop.actor) : '';
	const publisher = hop.source
		? (people.sources.find((s) => s.id === hop.source)?.publisher ?? hop.source)
		: '';
	const who = hop.label ?? (actor || publisher);
	if (!who) return hop.anonymous ? m.event_hop_unnamed() : m.event_hop_unidentified();
	// a person quoted by an outlet: "Dmitry Peskov (TASS)"
	return publisher && who !== publisher ? m.event_hop_in_outlet({ who, publisher }) : who;
}

/** One hop as a phrase: "per four European officials", "confirmed by the Kremlin". */
export function hopPhrase(hop: AttributionHop, people: People): string {
	const who = hopName(hop, people);
	return hop.relation === 'confirmed' ? m.event_hop_confirmed({ who }) : m.event_hop_per({ who });
}

/**
 * A chain as one phrase, "per four European officials, per The Wall Street Journal", or '' for
 * an empty chain. A first hop that only says the speaker spoke is left out: the sentence names
 * the speaker already.
 */
export function attributionText(
	hops: readonly AttributionHop[],
	people: People,
	speaker?: string
): string {
	const rest = hops.filter(
		(hop, i) => !(i === 0 && speaker && hop.actor === speaker && !hop.source && !hop.label)
	);
	return rest.map((hop) => hopPhrase(hop, people)).join(', ');
}

/**
 * A claim as one sentence with its chain:
 * "Donald Trump says Putin accepted Western troops — per four European officials, per The Wall Street Journal".
 */
export function claimSentence(claim: Claim, people: People): string {
	const speaker = people.actors.find((a) => a.id === claim.speaker)?.name ?? claim.speaker;
	const chain = attributionText(claim.attribution, people, claim.speaker);
	const sentence = m.event_claim_says({
		speaker,
		proposition: claim.proposition.replace(/\.+$/, '')
	});
	return chain ? m.event_claim_with_chain({ claim: sentence, chain }) : sentence;
}
