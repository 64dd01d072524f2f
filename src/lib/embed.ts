/**
 * The embeddable view: its address, the snippet a host pastes, and the message the frame sends its
 * parent. One place for all three, read by the embed page, the "Embed" action, the oEmbed files and
 * `static/embed.js` (which repeats the message's type and version: it is a plain file, not built).
 */
import { escapeHtml } from '$lib/html';
import { eventPath, timelinePath } from '$lib/paths';
import { m } from '$lib/i18n';

/** The query parameter naming the event selected in the frame. */
export const EMBED_EVENT_PARAM = 'event';

/** The height message: `{ type, version, height }`, posted to the parent on load and on resize. */
export const EMBED_MESSAGE_TYPE = 'diplomatic-timeline:height';
export const EMBED_MESSAGE_VERSION = 1;

export interface EmbedHeightMessage {
	type: typeof EMBED_MESSAGE_TYPE;
	version: typeof EMBED_MESSAGE_VERSION;
	/** the frame's content height in CSS pixels */
	height: number;
}

/** The frame's size before it has sized itself (and without the script): also the oEmbed size. */
export const EMBED_WIDTH = 800;
export const EMBED_HEIGHT = 600;

/** The embed's path under the site's root, with the reader's query and the selected event. */
export function embedPath(timelineId: string, query = '', eventId?: string): string {
	const params = new URLSearchParams(query.replace(/^\?/, ''));
	params.delete(EMBED_EVENT_PARAM);
	if (eventId) params.set(EMBED_EVENT_PARAM, eventId);
	const text = params.toString();
	return `${timelinePath(timelineId)}embed/${text ? `?${text}` : ''}`;
}

export interface SnippetInput {
	/** the published root, SITE_URL + BASE_PATH, without a trailing slash */
	siteRoot: string;
	timelineId: string;
	/** the frame's title, for screen readers: the timeline's or the event's */
	title: string;
	/** the filter query to keep, '' or '?…' */
	query?: string;
	eventId?: string;
}

/**
 * The HTML a host pastes: a frame that works alone (fixed height, lazy), inside the element that
 * `embed.js` finds and sizes, and the script line.
 */
export function embedSnippet({
	siteRoot,
	timelineId,
	title,
	query,
	eventId
}: SnippetInput): string {
	const src = escapeHtml(`${siteRoot}${embedPath(timelineId, query, eventId)}`);
	const frameTitle = escapeHtml(m.page_embed_frame_title({ title }));
	return (
		`<div data-timeline-embed="${src}">` +
		`<iframe src="${src}" title="${frameTitle}" loading="lazy" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="width:100%;max-width:1000px;border:0"></iframe>` +
		`</div>\n<script src="${escapeHtml(siteRoot)}/embed.js" async></script>`
	);
}

/** The prebuilt oEmbed file of a timeline page or an event page. */
export function oembedPath(timelineId: string, eventId?: string): string {
	return `${eventId ? eventPath(timelineId, eventId) : timelinePath(timelineId)}oembed.json`;
}

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/** The oEmbed answer (type "rich") for a timeline, or one of its events selected. */
export function oembedJson(input: SnippetInput & { providerName: string }): OEmbedRich {
	return {
		type: 'rich',
		version: '1.0',
		title: input.title,
		provider_name: input.providerName,
		provider_url: `${input.siteRoot}/`,
		html: embedSnippet(input),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT
	};
}
