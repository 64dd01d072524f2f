/**
 * Sources: each address leads where a reader can follow it, and each listed source backs
 * something, since a source that nothing cites supports no event.
 */
import type { JsonPath } from '../json';
import { HttpUrl } from '../schema';
import type { Index, Obj, RuleContext } from './context';

/** An ellipsis, as one character or as three dots. */
export const ELLIPSIS = /…|\.\.\./;

/** Reports a source address that is malformed, cut short, unescaped or hiding its host. */
export function checkSourceUrl(ctx: RuleContext, source: Obj, path: JsonPath): void {
	// only an address the schema accepted: it has already reported the others
	if (typeof source.url !== 'string' || !HttpUrl.safeParse(source.url).success) return;
	let url: URL | undefined;
	try {
		url = new URL(source.url);
	} catch {
		url = undefined;
	}
	const ellipsis = ELLIPSIS.exec(source.url)?.[0];
	if (!url || !url.hostname) {
		ctx.report(
			[...path, 'url'],
			`"${source.url}" is not a well-formed URL; expected an address such as https://example.com/story`
		);
	} else if (ellipsis) {
		// an address copied from a page that shortened it for display leads nowhere
		ctx.report(
			[...path, 'url'],
			`"${source.url}" contains an ellipsis ("${ellipsis}"), so it is an address cut short; expected the full address`
		);
	} else if (/["<>\\^`{|}]/.test(source.url)) {
		// browsers forgive them, but they make the page's HTML invalid, and an address as a
		// browser copies it never has them
		const c = /["<>\\^`{|}]/.exec(source.url)?.[0] ?? '';
		const code = c.charCodeAt(0).toString(16).toUpperCase();
		ctx.report(
			[...path, 'url'],
			`"${source.url}" contains ${c}, which an address must write as %${code}; expected an address as a browser's address bar copies it`
		);
	} else if (url.username || url.password) {
		// https://trusted.example@evil.example/ opens evil.example
		ctx.report(
			[...path, 'url'],
			`"${source.url}" carries a user name or password before "@", which can disguise the real host; expected an address without one`
		);
	}
}

/** Reports each listed source that nothing in `cited` names. */
export function checkUncited(ctx: RuleContext, sources: Index, cited: Set<unknown>): void {
	for (const [id, path] of sources) {
		if (!cited.has(id)) {
			ctx.report(
				path,
				`"${id}" is listed but nothing cites it; expected evidence, a claim or an attribution that cites it, or no entry`
			);
		}
	}
}
