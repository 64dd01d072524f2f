/**
 * Which preview image (Open Graph card) a page points at, and which images the build makes. Every
 * timeline has one at `/<timeline>/og.png`; each event of a timeline of up to `previewLimit()`
 * events has its own at `/<timeline>/events/<event>/og.png`. A card takes tens of milliseconds to
 * draw, so the events of a larger timeline share their timeline's card, and the build stays short.
 */
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import { cardAlt, eventCard, timelineCard } from '$lib/card/card';
import { eventUrl, timelineUrl } from '$lib/export/urls';
import { SITE_ROOT } from './site';
import { loadTimelines } from './timelines';

/** Above this many events, a timeline's event pages use the timeline's image. */
export const DEFAULT_PREVIEW_LIMIT = 500;

/** The limit, from PREVIEW_IMAGE_LIMIT at build time (a whole number; 0 makes timeline cards only). */
export function previewLimit(env: Record<string, string | undefined> = process.env): number {
	const raw = env.PREVIEW_IMAGE_LIMIT?.trim();
	if (!raw) return DEFAULT_PREVIEW_LIMIT;
	if (!/^\d+$/.test(raw)) {
		throw new Error(`PREVIEW_IMAGE_LIMIT must be a whole number of events: got "${raw}"`);
	}
	return Number(raw);
}

/** Whether each of the timeline's events gets a card of its own. */
export function hasEventImages(timeline: Timeline, env = process.env): boolean {
	return timeline.events.length <= previewLimit(env);
}

export interface PreviewImage {
	/** absolute URL (SITE_URL + BASE_PATH) */
	url: string;
	/** what the image shows, in words */
	alt: string;
}

/** The timeline page's image. */
export function timelineImage(timeline: Timeline): PreviewImage {
	return {
		url: `${timelineUrl(SITE_ROOT, timeline.id)}og.png`,
		alt: cardAlt(timelineCard(timeline))
	};
}

/** The event page's image: its own, or its timeline's above the limit. */
export function eventImage(timeline: Timeline, event: TimelineEvent): PreviewImage {
	if (!hasEventImages(timeline)) return timelineImage(timeline);
	return {
		url: `${eventUrl(SITE_ROOT, timeline.id, event.id)}og.png`,
		alt: cardAlt(eventCard(timeline, event))
	};
}

/** The event images the build makes, for `entries()` of the prerendered image route. */
export function eventImageEntries(): { timeline: string; event: string }[] {
	return loadTimelines().flatMap((t) =>
		hasEventImages(t) ? t.events.map((e) => ({ timeline: t.id, event: e.id })) : []
	);
}
