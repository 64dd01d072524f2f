import { pageMeta } from '$lib/server/page-meta';
import { timelineImage } from '$lib/server/preview';
import { SITE_ROOT } from '$lib/server/site';
import { timelinePageData } from '$lib/server/timeline-page';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { timelineUrl } from '$lib/export/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

export const load: PageServerLoad = ({ params, locals }) => {
	const timeline = timelineOr404(params.timeline);
	return {
		...timelinePageData(timeline),
		meta: pageMeta(locals, {
			title: timeline.title,
			description: timeline.summary,
			canonical: timelineUrl(SITE_ROOT, timeline.id),
			type: 'website',
			image: timelineImage(timeline)
		})
	};
};
