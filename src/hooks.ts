import type { Transport } from '@sveltejs/kit';
import { ChartRef } from '$lib/chart/wire';
import { BriefingRef } from '$lib/print/briefing-ref';

/** Types that a server load returns and Kit cannot serialise as they are. */
export const transport: Transport = {
	// a large timeline's chart data stays out of its page: only the timeline's id is sent
	ChartRef: {
		encode: (value) => value instanceof ChartRef && value.timeline,
		decode: (timeline: string) => new ChartRef(timeline)
	},
	// and a briefing page's briefing
	BriefingRef: {
		encode: (value) => value instanceof BriefingRef && value.timeline,
		decode: (timeline: string) => new BriefingRef(timeline)
	}
};
