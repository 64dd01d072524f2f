/**
 * The only door from the timeline files into the site. Files are read at build time, validated
 * once, and a bad file stops the build with the validator's messages (the same ones that
 * `npm run validate` prints).
 *
 * TIMELINES_DIR (default `data/timelines`) names another folder of timelines: the benchmarks build
 * synthetic ones, and tests build from fixtures.
 */
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { checkTimelineTargets } from '$lib/data/files';
import { catalogOf } from '$lib/i18n/catalog.js';
import type { Timeline } from '$lib/data/schema';
import { formatProblem } from '$lib/data/validate';

export const TIMELINES_DIR = process.env.TIMELINES_DIR ?? 'data/timelines';

/**
 * Set by scripts/build.js when it builds the pages of one catalog's timelines with their own
 * browser code: that build sees only them (all files are still checked).
 */
const BUILD_CATALOG = process.env.BUILD_CATALOG;

export class TimelineDataError extends Error {
	constructor(readonly lines: string[]) {
		super(`[timeline] invalid timeline data:\n${lines.join('\n')}`);
		this.name = 'TimelineDataError';
	}
}

let cache: Timeline[] | undefined;

/** Every timeline, validated, in file-name order. Throws TimelineDataError listing every problem. */
export function loadTimelines(): Timeline[] {
	// in dev, read again on every load so an author's edit shows on reload
	if (cache && !dev) return cache;
	const results = checkTimelineTargets([TIMELINES_DIR]);
	const lines = results.flatMap((r) => r.problems.map(formatProblem));
	if (lines.length) throw new TimelineDataError(lines);
	cache = results.flatMap((r) =>
		r.timeline && (!BUILD_CATALOG || catalogOf(r.timeline.language) === BUILD_CATALOG)
			? [r.timeline]
			: []
	);
	return cache;
}

export function getTimeline(id: string): Timeline | undefined {
	return loadTimelines().find((t) => t.id === id);
}

/** Every timeline id, for the `entries()` of a prerendered per-timeline route. */
export function timelineEntries(): { timeline: string }[] {
	return loadTimelines().map((t) => ({ timeline: t.id }));
}

/** The timeline a route's `[timeline]` names, or a 404 that says which id is unknown. */
export function timelineOr404(id: string): Timeline {
	const timeline = getTimeline(id);
	if (!timeline) error(404, { message: `There is no timeline "${id}".` });
	return timeline;
}
