import { timelineEntries } from '$lib/server/timelines';
import { load as timelineLoad } from '../+page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// the same data as the timeline's page: the embed draws the same chart and list
export const entries: EntryGenerator = timelineEntries;
export const load = ((event) => {
	const data = timelineLoad(event as unknown as Parameters<typeof timelineLoad>[0]);
	// not the timeline page's head for crawlers: the embed is read inside other pages, and writes
	// its own title and description
	delete event.locals.meta;
	return data;
}) satisfies PageServerLoad;
