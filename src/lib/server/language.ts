/**
 * The language of each page the server renders: its timeline's `language`, or the site's
 * (SITE_LANGUAGE at build time, default English) for the index and the not-found page.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { siteLanguage } from '$lib/i18n/catalog.js';
import { readLanguageFrom } from '$lib/i18n/locale';
import type { Timeline } from '$lib/data/schema';
import { getTimeline, TimelineDataError } from './timelines';

export { siteLanguage };

/**
 * The timeline an address names, if it is a valid one. Invalid files are left to the page's own
 * load, which reports them (in the site's language).
 */
export function timelineOrNone(timelineId: string | undefined): Timeline | undefined {
	if (timelineId === undefined) return undefined;
	try {
		return getTimeline(timelineId);
	} catch (e) {
		if (e instanceof TimelineDataError) return undefined;
		throw e;
	}
}

/** The language of the pages of a timeline, or of a page outside any timeline. */
export function languageOf(timeline: Timeline | undefined): string {
	return timeline?.language ?? siteLanguage();
}

const request = new AsyncLocalStorage<string>();
readLanguageFrom(() => request.getStore());

/** Runs one request's rendering in its language (pages are prerendered side by side). */
export function inLanguage<T>(tag: string, render: () => T): T {
	return request.run(tag, render);
}
