import { timelinePageData } from '$lib/server/timeline-page';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

// the timeline page's chart and list, without its head for crawlers: the embed writes its own
// title and description
export const entries: EntryGenerator = timelineEntries;
export const load: PageServerLoad = ({ params }) =>
	timelinePageData(timelineOr404(params.timeline));
