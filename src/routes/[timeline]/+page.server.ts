import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

// the chart's data comes from the [timeline] layout; this page adds the print-only briefing
export const load: PageServerLoad = ({ params }) => {
	// the layout has already answered 404 for an unknown timeline
	const timeline = getTimeline(params.timeline)!;
	return { timeline, briefing: buildBriefing(timeline, SITE_ROOT) };
};
