/**
 * Which language the interface speaks. A timeline's `language` (a BCP 47 tag such as "uk" or
 * "fr-CA") chooses it for all its pages, briefing and exports; other pages use the site's
 * language. The tag itself goes to `<html lang>` and to `Intl` for dates; the messages come from
 * the catalog of its base language, or English when there is none.
 */
import { baseLocale, locales, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { catalogOf } from './catalog.js';

export { locales, type Locale };
export { catalogOf } from './catalog.js';

/** The tag English dates are formatted with: day before month, 24-hour times. */
const ENGLISH_DATES = 'en-GB';

/** Scripts written right to left, for `dir`: a catalog for one of them needs no other change. */
const RIGHT_TO_LEFT = new Set([
	'ar',
	'arc',
	'dv',
	'fa',
	'ha',
	'he',
	'khw',
	'ks',
	'ku',
	'ps',
	'ur',
	'yi'
]);

/**
 * Whether pages in these two languages run the same build of the browser's code: each catalog in
 * use gets its own (scripts/build.js), so a link between two builds must load the page anew.
 */
export function sameBuild(a: string, b: string): boolean {
	return catalogOf(a) === catalogOf(b);
}

export function textDirection(tag: string): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(tag.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

/**
 * Gives the page's root element this language and its direction. Each is written only when it
 * changes: writing `lang` or `dir`, even unchanged, makes the browser work out every element's
 * style again (for `:lang()` and `:dir()`), a fifth of a phone's longest task on the timeline page.
 */
export function setDocumentLanguage(root: { lang: string; dir: string }, tag: string): void {
	if (root.lang !== tag) root.lang = tag;
	const dir = textDirection(tag);
	if (root.dir !== dir) root.dir = dir;
}

let pageTag = baseLocale as string;
let requestTag: (() => string | undefined) | undefined;

/** The language tag in force: the request's on the server, the page's in the browser. */
export function languageTag(): string {
	return requestTag?.() ?? pageTag;
}

/** The tag `Intl` formats dates with: a bare "en" reads "15 August 2025", as our English does. */
export function dateLocale(tag = languageTag()): string {
	return tag === 'en' ? ENGLISH_DATES : tag;
}

/** Sets the page's language, in the browser (the root layout's load calls it on every page). */
export function useLanguage(tag: string): void {
	pageTag = tag;
}

/** The server answers per request (prerendering runs pages side by side): see hooks.server.ts. */
export function readLanguageFrom(source: () => string | undefined): void {
	requestTag = source;
}

overwriteGetLocale(() => catalogOf(languageTag()));

const lists = new Map<string, Intl.ListFormat>();

/** Lists joined in the language's way ("a, b and c", «a, b et c», «a, b і c»), cached per language. */
export function listFormat(conjunction: 'and' | 'or'): Intl.ListFormat {
	const tag = dateLocale();
	const key = `${tag} ${conjunction}`;
	let format = lists.get(key);
	if (!format) {
		format = new Intl.ListFormat(tag, {
			type: conjunction === 'and' ? 'conjunction' : 'disjunction'
		});
		lists.set(key, format);
	}
	return format;
}
