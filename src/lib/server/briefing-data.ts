import { buildBriefing } from '$lib/print/briefing';
import type { BriefingData } from '$lib/print/briefing';
import { SITE_ROOT } from './site';
import { timelineOr404 } from './timelines';

/**
 * A timeline's briefing and the timeline it is built from: `briefing.json`, and what the briefing
 * page's server draws. Neither page's data carries it.
 */
export function briefingData(timelineId: string): BriefingData {
	const timeline = timelineOr404(timelineId);
	return { briefing: buildBriefing(timeline, SITE_ROOT), timeline };
}
