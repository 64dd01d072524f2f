/**
 * Ids: each source, affiliation, actor, place, event and claim has its own, an event's former ids
 * (aliases) lead to it alone, and a timeline is named after its file, so that links stay stable.
 */
import type { JsonPath } from '../json';
import { isSlug, objects, type Index, type Obj, type RuleContext } from './context';

/** The lists whose entries other fields name by id. */
export type List = 'sources' | 'affiliations' | 'actors' | 'places' | 'events';

/** An event's former id, and where it was written. */
export interface Alias {
	owner: string;
	path: JsonPath;
}

/** The ids of each list (the first place each was written), and the events' former ids. */
export type Ids = Record<List, Index> & { aliases: Map<string, Alias> };

const where = (ctx: RuleContext, path: JsonPath) => `line ${ctx.lineOf(path)}`;

/** Indexes the ids of a list, reporting each one written before. */
function index(ctx: RuleContext, items: [Obj, JsonPath][], noun: string): Index {
	const ids: Index = new Map();
	for (const [item, path] of items) {
		if (!isSlug(item.id)) continue;
		const first = ids.get(item.id);
		if (first) {
			ctx.report(
				[...path, 'id'],
				`"${item.id}" is already the id of another ${noun} (${where(ctx, first)}); expected a unique id`
			);
		} else ids.set(item.id, [...path, 'id']);
	}
	return ids;
}

/** An alias is a former id: it must name no current event, and only one event. */
function indexAliases(ctx: RuleContext, events: [Obj, JsonPath][], eventIds: Index) {
	const aliases = new Map<string, Alias>();
	for (const [event, path] of events) {
		if (!Array.isArray(event.aliases)) continue;
		event.aliases.forEach((alias: unknown, i) => {
			if (!isSlug(alias)) return;
			const aliasPath = [...path, 'aliases', i];
			const other = aliases.get(alias);
			const current = eventIds.get(alias);
			if (alias === event.id) {
				ctx.report(aliasPath, `"${alias}" is this event's own id; expected only former ids`);
			} else if (current) {
				ctx.report(
					aliasPath,
					`"${alias}" is the id of another event (${where(ctx, current)}); expected a former id that no event uses now`
				);
			} else if (other) {
				ctx.report(
					aliasPath,
					other.owner === event.id
						? `"${alias}" is listed twice; expected each former id once`
						: `"${alias}" is already an alias of event "${other.owner}" (${where(ctx, other.path)}); expected each former id to lead to one event`
				);
			} else {
				aliases.set(alias, { owner: isSlug(event.id) ? event.id : '?', path: aliasPath });
			}
		});
	}
	return aliases;
}

/** Indexes every id of the timeline, reporting duplicates as the indexes are built. */
export function checkIds(ctx: RuleContext, root: Obj): Ids {
	const list = (name: List, noun: string) => index(ctx, objects(root[name], [name]), noun);
	const sources = list('sources', 'source');
	const affiliations = list('affiliations', 'affiliation');
	const actors = list('actors', 'actor');
	const places = list('places', 'place');
	const events = list('events', 'event');
	const eventItems = objects(root.events, ['events']);
	const aliases = indexAliases(ctx, eventItems, events);
	// a claim's id is unique in the whole timeline, not only within its event
	const claims = eventItems.flatMap(([event, path]) => objects(event.claims, [...path, 'claims']));
	index(ctx, claims, 'claim');
	return { sources, affiliations, actors, places, events, aliases };
}

/** Reports a timeline id that differs from the one its file name asks for. */
export function checkFileName(ctx: RuleContext, root: Obj, expectedId: string | undefined): void {
	if (expectedId !== undefined && isSlug(root.id) && root.id !== expectedId) {
		ctx.report(
			['id'],
			`"${root.id}" differs from the file name; expected "${expectedId}" (a timeline file is named after its id)`
		);
	}
}
