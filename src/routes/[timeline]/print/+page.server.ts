import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

export const load: PageServerLoad = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	return { timeline, briefing: buildBriefing(timeline, SITE_ROOT) };
};
