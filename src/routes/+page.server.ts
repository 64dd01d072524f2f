import { loadTimelines } from '$lib/server/timelines';
import { summarizeTimeline } from '$lib/timeline/summary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	timelines: loadTimelines().map(summarizeTimeline)
});
