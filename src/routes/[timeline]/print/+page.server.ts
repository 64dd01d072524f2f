import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

// The page's head, and the actors that reading the address's filters needs: the briefing itself is
// drawn by the server (`+page.ts`) and, live, from `briefing.json`, so the page's data stays the
// same size at any number of events
export const load: PageServerLoad = ({ params }) => {
	const { id, title, summary, actors } = timelineOr404(params.timeline);
	return {
		timeline: {
			id,
			title,
			summary,
			actors: actors.map((a) => ({ id: a.id, affiliation: a.affiliation }))
		}
	};
};
