/**
 * The language of each page the server renders: its timeline's `language`, or the site's
 * (SITE_LANGUAGE at build time, default English) for the index and the not-found page.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { siteLanguage } from '$lib/i18n/catalog.js';
import { readLanguageFrom } from '$lib/i18n/locale';
import { getTimeline, TimelineDataError } from './timelines';

export { siteLanguage };

/** The language of the pages of a timeline, or of a page outside any timeline. */
export function languageOf(timelineId: string | undefined): string {
	if (timelineId === undefined) return siteLanguage();
	try {
		return getTimeline(timelineId)?.language ?? siteLanguage();
	} catch (e) {
		// the page's own load reports invalid files, in the site's language
		if (e instanceof TimelineDataError) return siteLanguage();
		throw e;
	}
}

const request = new AsyncLocalStorage<string>();
readLanguageFrom(() => request.getStore());

/** Runs one request's rendering in its language (pages are prerendered side by side). */
export function inLanguage<T>(tag: string, render: () => T): T {
	return request.run(tag, render);
}
