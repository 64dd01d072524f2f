import { dataFile } from '$lib/server/data-file';
import { briefingData } from '$lib/server/briefing-data';
import { timelineEntries } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

/**
 * The briefing and the timeline it is built from, for printing the timeline page (which fetches it
 * once it is idle: see `$lib/print/PrintOnDemand.svelte`) and for the briefing page's live
 * drawing. So neither page's HTML nor its hydration carries every event's sources and quotes.
 */
export const GET: RequestHandler = ({ params }) => dataFile(briefingData(params.timeline));
