/**
 * Data for the event pages, at build time. Each page gets its own event, resolved, and a few
 * neighbours: never the whole timeline, so the build grows linearly with the number of events.
 * Former ids (`aliases`) are listed too: hooks.server.ts answers them with a redirect page.
 */
import { error, redirect } from '@sveltejs/kit';
import type { Timeline } from '$lib/data/schema';
import type { EventLinkItem, EventPageData } from '$lib/event/page-data';
import { eventPath } from '$lib/paths';
import { sortByDate } from '$lib/time/dates';
import { eventView } from '$lib/event/view';
import { formatEventDateWithZone } from '$lib/time/format';
import { eventJsonLd, jsonLdScript } from '$lib/event/jsonld';
import { neighbours, sequenceEntry, windowAround, type SequenceEntry } from '$lib/event/sequence';
import { pageMeta } from './page-meta';
import { eventImage } from './preview';
import { absoluteUrl } from './site';
import { loadTimelines, timelineOr404 } from './timelines';

/** How many events either side of the current one the page lists. */
export const NEARBY_RADIUS = 4;

const sequences = new WeakMap<Timeline, SequenceEntry[]>();

/** The timeline's events in time order, slimmed for the browser; computed once per timeline. */
export function timelineSequence(timeline: Timeline): SequenceEntry[] {
	let sequence = sequences.get(timeline);
	if (!sequence) {
		sequence = sortByDate(timeline.events).map((e) => sequenceEntry(e, timeline));
		sequences.set(timeline, sequence);
	}
	return sequence;
}

const byId = new WeakMap<Timeline, Map<string, Timeline['events'][number]>>();

/** An event of the timeline by id, through a map built once per timeline (the build asks per page). */
export function eventById(timeline: Timeline, id: string): Timeline['events'][number] | undefined {
	let map = byId.get(timeline);
	if (!map) {
		map = new Map(timeline.events.map((e) => [e.id, e]));
		byId.set(timeline, map);
	}
	return map.get(id);
}

/** Every event page and every alias page, for the prerenderer. */
export function eventPageEntries(): { timeline: string; event: string }[] {
	return loadTimelines().flatMap((t) => {
		const ids = new Set(t.events.map((e) => e.id));
		const aliases = t.events.flatMap((e) => e.aliases).filter((a) => !ids.has(a));
		return [...ids, ...new Set(aliases)].map((event) => ({ timeline: t.id, event }));
	});
}

/** The data for `/<timeline>/events/<event>/`, or a 404 that names what was missing. */
export function loadEventPage(
	timelineId: string,
	eventId: string,
	locals: App.Locals = {}
): EventPageData {
	const timeline = timelineOr404(timelineId);
	const back = { id: timeline.id, title: timeline.title };
	const event = eventById(timeline, eventId);
	if (!event) {
		// reached only by an in-app navigation: the prerendered page is written by hooks.server.ts
		const renamed = timeline.events.find((e) => e.aliases.includes(eventId));
		if (renamed)
			redirect(308, `${process.env.BASE_PATH ?? ''}${eventPath(timeline.id, renamed.id)}`);
		error(404, { message: `The timeline has no event "${eventId}".`, timeline: back });
	}
	const sequence = timelineSequence(timeline);
	const around = neighbours(sequence, event.id);
	// one object per event: the page's data (devalue) then writes the previous and next events
	// once, as references into the events around this one
	const links = new Map<SequenceEntry, EventLinkItem>();
	const link = (e: SequenceEntry): EventLinkItem => {
		let item = links.get(e);
		if (!item) links.set(e, (item = { id: e.id, title: e.title, when: e.when }));
		return item;
	};
	const nearby = windowAround(sequence, event.id, NEARBY_RADIUS).map(link);
	const url = absoluteUrl(eventPath(timeline.id, event.id));
	return {
		timeline: { ...back, eventCount: timeline.events.length },
		view: eventView(timeline, event),
		previous: around.previous && link(around.previous),
		next: around.next && link(around.next),
		position: around.position ?? 0,
		nearby,
		meta: pageMeta(locals, {
			title: `${event.title} — ${timeline.title}`,
			description: `${formatEventDateWithZone(event.date)}. ${event.summary}`,
			canonical: url,
			type: 'article',
			image: eventImage(timeline, event),
			jsonLd: jsonLdScript(eventJsonLd({ event, timeline, url }))
		})
	};
}
