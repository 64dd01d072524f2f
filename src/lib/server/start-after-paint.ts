/**
 * Kit's start script, run once the page has painted. Kit preloads every module a page starts with
 * from its head; on a slow link those downloads share the bandwidth with the HTML and stylesheets
 * that the first paint waits for, while the prerendered page is whole and readable without them.
 * So the head keeps no module preloads: the start script adds them after the first contentful
 * paint (all at once, so the modules still come in one round trip), then imports Kit as before.
 * The content security policy's hash of the script is changed to match.
 *
 * A page whose first paint lacks what it is for keeps Kit's preloads: a timeline too large for the
 * server to draw at first paint marks its chart's frame `data-awaits-script`, and its chart is
 * drawn only once the code has come.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const START = /<script>(\s*\{\s*__sveltekit_\w+ = \{[\s\S]*?)<\/script>/;
const IMPORTS = 'Promise.all([';
const STARTS = ']).then(([kit, app]) =>';

/**
 * Waits for the first contentful paint; where the browser does not report paints (or has no
 * PerformanceObserver), for the frame after the first; in a tab that is never shown, at most 2 s.
 */
const AFTER_PAINT =
	'new Promise((go) => { setTimeout(go, 2000); ' +
	"if (self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) " +
	"new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) go(); })" +
	".observe({ type: 'paint', buffered: true }); " +
	'else requestAnimationFrame(() => setTimeout(go)); })';

const hash = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The page with its start script run after its first paint; `page` names it in an error. */
export function startAfterPaint(html: string, page: string): string {
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1] as string);
	if (html.includes(' data-awaits-script=')) return html;
	const start = START.exec(html);
	if (!start) {
		if (preloads.length) throw new Error(`${page}: module preloads, but no start script of Kit's`);
		return html;
	}
	const script = start[1] as string;
	const before = hash(script);
	if (!html.includes(before) || !script.includes(IMPORTS) || !script.includes(STARTS)) {
		throw new Error(
			`${page}: Kit's start script is not the one startAfterPaint() knows (${before} in the policy, "${IMPORTS}" and "${STARTS}" in the script)`
		);
	}
	const preload = preloads.length
		? `for (const href of ${JSON.stringify(preloads)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href })); `
		: '';
	const moved = script
		.replace(IMPORTS, `${AFTER_PAINT}.then(() => { ${preload}return ${IMPORTS}`)
		.replace(STARTS, `])}).then(([kit, app]) =>`);
	return html
		.replace(PRELOAD, '')
		.replace(start[0], () => `<script>${moved}</script>`)
		.replace(before, () => hash(moved));
}
