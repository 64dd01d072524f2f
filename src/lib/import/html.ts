/**
 * TimelineJS text fields are HTML. The importer keeps their words and their links, and nothing
 * else: the result is plain text that no page can run or render as markup.
 *
 * Node only (the import command): htmlparser2 is a development dependency.
 */
import { Parser } from 'htmlparser2';

/** A link found in the HTML: its address and the words it was written on. */
export interface HtmlLink {
	url: string;
	text: string;
}

export interface HtmlText {
	/** the words, spaces collapsed; a line break for `<br>`, a blank line between paragraphs */
	text: string;
	/** http(s) links, from `<a href>` and, when `autolink`, from addresses written out in the text */
	links: HtmlLink[];
	/** what was removed and had to be: scripts, event handlers, `javascript:` links, other links */
	removed: Removal[];
}

export interface Removal {
	/** in words: `a <script> element`, `a link to "mailto:…"` */
	what: string;
	/** true for code that would have run in a browser */
	script: boolean;
}

/** Elements whose content is code or an embedded document, never words to read. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed']);
/** Elements that run code, whatever their content. */
const ACTIVE = new Set(['script']);
/** Elements that end a line of text. */
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd']);
/** Elements that stand apart as paragraphs: a blank line around them. */
const PARAGRAPHS = new Set([
	'p',
	'div',
	'ul',
	'ol',
	'blockquote',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'table',
	'section',
	'article',
	'header',
	'footer',
	'figure',
	'figcaption',
	'pre',
	'hr'
]);

/** An address TimelineJS's autolink would turn into a link. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/g;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** True when `url` is an absolute http(s) address. */
export function isWebUrl(url: string): boolean {
	if (!/^https?:\/\//i.test(url)) return false;
	try {
		return !!new URL(url).hostname;
	} catch {
		return false;
	}
}

/** Collapses runs of spaces, keeps line breaks and one blank line between paragraphs, trims. */
function tidy(text: string): string {
	return text
		.replace(CONTROL, '')
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The words and links of an HTML fragment. Scripts, styles and embedded frames lose their content;
 * every other tag is dropped and its text kept. Only http(s) links are kept: `javascript:` links
 * and event-handler attributes are listed in `removed`, as are links to anything else.
 * @example htmlToText('<p>Met <a href="https://ex.org/a">in Geneva</a></p>')
 * // { text: 'Met in Geneva', links: [{ url: 'https://ex.org/a', text: 'in Geneva' }], removed: [] }
 */
export function htmlToText(html: string, options: { autolink?: boolean } = {}): HtmlText {
	let out = '';
	const links: HtmlLink[] = [];
	const removed: Removal[] = [];
	let dropDepth = 0;
	const open: { url?: string; start: number }[] = [];

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (dropDepth > 0 || DROPPED.has(name)) {
					if (dropDepth === 0 && DROPPED.has(name)) {
						removed.push({ what: `a <${name}> element`, script: ACTIVE.has(name) });
					}
					dropDepth += DROPPED.has(name) ? 1 : 0;
					return;
				}
				for (const attribute of Object.keys(attributes)) {
					if (/^on/i.test(attribute)) {
						removed.push({ what: `an ${attribute} attribute on <${name}>`, script: true });
					}
				}
				if (PARAGRAPHS.has(name)) out += '\n\n';
				else if (LINES.has(name)) out += '\n';
				if (name === 'a') {
					const href = (attributes.href ?? '').trim();
					if (href && isWebUrl(href)) open.push({ url: href, start: out.length });
					else {
						// browsers ignore spaces and control characters inside a scheme
						// eslint-disable-next-line no-control-regex -- finding control characters is the point
						const scheme = href.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
						const script = /^(?:java|vb)script:/.test(scheme);
						if (href)
							removed.push({ what: `a link to ${JSON.stringify(href.slice(0, 60))}`, script });
						open.push({ start: out.length });
					}
				}
			},
			ontext(text) {
				if (dropDepth === 0) out += text.replace(/\s+/g, ' ');
			},
			onclosetag(name) {
				if (dropDepth > 0) {
					if (DROPPED.has(name)) dropDepth -= 1;
					return;
				}
				if (PARAGRAPHS.has(name)) out += '\n\n';
				if (name === 'a') {
					const link = open.pop();
					if (link?.url) {
						links.push({ url: link.url, text: tidy(out.slice(link.start)).replace(/\n/g, ' ') });
					}
				}
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();

	const text = tidy(out);
	if (options.autolink ?? true) {
		const linked = new Set(links.map((l) => l.url));
		for (const [url] of text.matchAll(BARE_URL)) {
			if (!linked.has(url) && isWebUrl(url)) {
				linked.add(url);
				links.push({ url, text: url });
			}
		}
	}
	return { text, links, removed };
}
