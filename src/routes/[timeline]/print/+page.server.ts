import { BriefingRef } from '$lib/print/briefing-ref';
import { briefingData } from '$lib/server/briefing-data';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

// The page's head, the actors that reading the address's filters needs, and the briefing, which
// reaches the browser as the timeline's id alone (`BriefingRef`)
export const load: PageServerLoad = ({ params }) => {
	const { id, title, summary, actors } = timelineOr404(params.timeline);
	return {
		timeline: {
			id,
			title,
			summary,
			actors: actors.map((a) => ({ id: a.id, affiliation: a.affiliation }))
		},
		briefing: new BriefingRef(id, briefingData(id))
	};
};
