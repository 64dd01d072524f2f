import { load as timelineLoad } from '../+page';
import type { PageLoad } from './$types';

// the timeline page's load: its data is the same (only the route id in the event's type differs)
export const load = ((event) =>
	timelineLoad(event as unknown as Parameters<typeof timelineLoad>[0])) satisfies PageLoad;
