import type { BriefingData } from './briefing';

/**
 * A timeline's briefing, which its briefing page does not carry. On the server it holds the
 * briefing, which the page is prerendered from; in the page it is the timeline's id alone
 * (`transport` in `src/hooks.ts`), and the browser fetches `briefing.json` when it draws the
 * briefing live. The page's data so stays the same size at any number of events.
 */
export class BriefingRef {
	constructor(
		readonly timeline: string,
		/** the briefing and its timeline, on the server only (what `briefing.json` holds) */
		readonly data?: BriefingData
	) {}
}
