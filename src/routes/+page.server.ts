import { loadTimelines } from '$lib/server/timelines';
import { summarizeTimeline } from '$lib/time/timeline-span';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	timelines: loadTimelines().map(summarizeTimeline)
});
