/**
 * Which message catalog a language tag reads. Plain JavaScript over the compiled runtime, so that
 * scripts/build.js can ask it in Node when it builds the browser's code once per catalog in use.
 */
import { baseLocale, isLocale } from '../paraglide/runtime.js';

const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The catalog for a language tag: its base language's, or English's.
 * @param {string} tag
 * @returns {import('../paraglide/runtime.js').Locale}
 */
export function catalogOf(tag) {
	const base = tag.split('-')[0]?.toLowerCase() ?? '';
	return isLocale(base) ? base : baseLocale;
}

/**
 * The site's language, for the index and the not-found page: SITE_LANGUAGE at build time, or
 * English.
 * @param {Record<string, string | undefined>} env
 */
export function siteLanguage(env = process.env) {
	const tag = (env.SITE_LANGUAGE ?? '').trim() || 'en';
	if (!TAG.test(tag)) {
		throw new Error(`SITE_LANGUAGE must be a BCP 47 language tag such as en or uk: got "${tag}"`);
	}
	return tag;
}
