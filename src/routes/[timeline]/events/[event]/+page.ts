import { browser } from '$app/environment';
import { fetchChartData } from '$lib/state/timeline-files';
import type { PageLoad } from './$types';

// The whole timeline's chart data, loaded as the timeline page loads it, but not awaited: the
// prerendered page carries only this event and its neighbours and shows at once, and `chart.json`
// is fetched once in the browser and shared by every event page of the timeline.
export const load: PageLoad = ({ data, fetch }) => ({
	...data,
	chart: browser ? fetchChartData(data.timeline.id, fetch) : undefined
});
