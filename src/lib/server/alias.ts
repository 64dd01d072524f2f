/**
 * Pages at former event ids. A static host cannot answer with a redirect, so each former id gets
 * a small HTML page that redirects three ways: a meta refresh, a script that replaces the history
 * entry (keeping the query and fragment), and a visible link. Its canonical URL is the event's
 * current one. It loads no app code: the reader is leaving at once.
 */
import { escapeHtml } from '$lib/html';
import { createHash } from 'node:crypto';
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import { absoluteUrl } from './site';
import { eventById } from './event-page';
import { getTimeline } from './timelines';
import { eventPath } from '$lib/paths';

export interface AliasTarget {
	timeline: Timeline;
	event: TimelineEvent;
}

/** The event a former id now names, or undefined (also when the id is a current one). */
export function findAlias(timelineId: string, eventId: string): AliasTarget | undefined {
	const timeline = getTimeline(timelineId);
	if (!timeline || eventById(timeline, eventId)) return undefined;
	const event = timeline.events.find((e) => e.aliases.includes(eventId));
	return event && { timeline, event };
}

/** The redirect page for `/<timeline>/events/<from>/`, pointing at the current event. */
export function aliasRedirectHtml(from: string, { timeline, event }: AliasTarget): string {
	// a sibling folder: relative, so it works under any base path and host
	const href = `../${event.id}/`;
	const canonical = absoluteUrl(eventPath(timeline.id, event.id));
	const title = escapeHtml(event.title);
	const target = JSON.stringify(href).replace(/</g, '\\u003c');
	const script = `location.replace(new URL(${target}, location.href).href + location.search + location.hash);`;
	// the page's own policy: nothing but this one script, allowed by its hash
	const hash = createHash('sha256').update(script).digest('base64');
	const csp = `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
	return `<!doctype html>
<html lang="${escapeHtml(timeline.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${csp}">
<title>Moved: ${title}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(href)}">
<script>${script}</script>
</head>
<body>
<h1>This event has moved</h1>
<p>The event once at “${escapeHtml(from)}” is now <a href="${escapeHtml(href)}">${title}</a>, in ${escapeHtml(timeline.title)}.</p>
</body>
</html>
`;
}
