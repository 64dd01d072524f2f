import { error, json } from '@sveltejs/kit';
import { oembedJson } from '$lib/embed';
import { eventById } from '$lib/server/event-page';
import { timelineOr404 } from '$lib/server/timelines';
import { SITE_ROOT } from '$lib/server/site';
import { loadTimelines } from '$lib/server/timelines';
import { m } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// current ids only: a former id's page redirects, and carries no oEmbed link
export const entries: EntryGenerator = () =>
	loadTimelines().flatMap((t) => t.events.map((e) => ({ timeline: t.id, event: e.id })));

// oEmbed discovery for an event's page: the timeline's embed with that event selected
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	const event = eventById(timeline, params.event);
	if (!event) error(404, `The timeline "${timeline.id}" has no event "${params.event}"`);
	return json(
		oembedJson({
			siteRoot: SITE_ROOT,
			providerName: m.common_site_name(),
			timelineId: timeline.id,
			eventId: event.id,
			title: m.event_oembed_title({ event: event.title, timeline: timeline.title })
		})
	);
};
