/**
 * References: an id written in a field (an actor's affiliation, a participant, a link's target…)
 * must name an entry of its list, once where repeating it would say nothing new.
 */
import type { JsonPath } from '../json';
import { isSlug, objects, type Obj, type RuleContext } from './context';
import type { Ids, List } from './ids';
import { didYouMean } from './suggest';

/** Reports a reference to an id that `list` lacks; true when it names an entry. */
export type Ref = (path: JsonPath, value: unknown, list: List) => boolean;

const NOUNS: Record<List, string> = {
	sources: 'source',
	affiliations: 'affiliation',
	actors: 'actor',
	places: 'place',
	events: 'event'
};

/** The reference check over the timeline's ids. */
export function referenceChecker(ctx: RuleContext, ids: Ids): Ref {
	return (path, value, list) => {
		if (!isSlug(value) || ids[list].has(value)) return isSlug(value);
		const names = [...ids[list].keys()];
		const expected =
			names.length === 0
				? `an id from ${list}, which has none`
				: names.length <= 8
					? `one of ${names.join(', ')}`
					: `the id of an entry in ${list}`;
		// an event's former id is a known mistake with a known fix
		const alias = list === 'events' ? ids.aliases.get(value) : undefined;
		ctx.report(
			path,
			alias
				? `"${value}" is a former id of event "${alias.owner}"; expected its current id "${alias.owner}"`
				: `"${value}" is not the id of any ${NOUNS[list]}; expected ${expected}${didYouMean(value, names)}`
		);
		return false;
	};
}

/** Reports participants that name no actor, or an actor twice in one role. */
export function checkParticipants(ctx: RuleContext, ref: Ref, event: Obj, path: JsonPath): void {
	const roles = new Set<string>();
	for (const [participant, pPath] of objects(event.participants, [...path, 'participants'])) {
		if (!ref([...pPath, 'actor'], participant.actor, 'actors')) continue;
		const key = `${participant.actor}\u0000${String(participant.role)}`;
		if (roles.has(key)) {
			ctx.report(
				[...pPath, 'actor'],
				`"${participant.actor}" is already listed as ${String(participant.role)}; expected each actor once per role`
			);
		}
		roles.add(key);
	}
}

/** Reports links to the event itself, to no event, or repeating an earlier link. */
export function checkLinks(ctx: RuleContext, ref: Ref, event: Obj, path: JsonPath): void {
	const links = new Set<string>();
	const id = isSlug(event.id) ? event.id : undefined;
	const ownNames = new Set([id, ...(Array.isArray(event.aliases) ? event.aliases : [])]);
	for (const [link, lPath] of objects(event.links, [...path, 'links'])) {
		const target = link.target;
		if (isSlug(target) && ownNames.has(target)) {
			ctx.report([...lPath, 'target'], `"${target}" is this event; expected another event's id`);
			continue;
		}
		if (!ref([...lPath, 'target'], target, 'events')) continue;
		const key = `${String(link.type)}\u0000${target}`;
		if (links.has(key)) {
			ctx.report(
				[...lPath, 'target'],
				`repeats an earlier ${String(link.type)} link to "${target}"; expected each link once`
			);
		}
		links.add(key);
	}
}
