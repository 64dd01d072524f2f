/**
 * The timeline as JSON, normalised: exactly what the validator accepted, with every default filled
 * in (empty lists for links, claims, notes …), events in the order the list gives (by heading, then by time), and no `$schema` pointer (it
 * is relative to the data folder and means nothing at the export's address). The result validates
 * against the same schema, so it can be fed back in as a timeline file.
 */
import type { Timeline } from '$lib/data/schema';
import { sortByHeading } from '$lib/time/headings';

export function normaliseTimeline(timeline: Timeline): Timeline {
	const rest: Timeline = { ...timeline, events: sortByHeading(timeline.events) };
	delete rest.$schema;
	return rest;
}

/** Tab-indented, with a final newline. */
export function buildJson(timeline: Timeline): string {
	return `${JSON.stringify(normaliseTimeline(timeline), null, '\t')}\n`;
}
