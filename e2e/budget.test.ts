/**
 * The JavaScript budgets: no page of any test build loads more than 80 kB of JavaScript, nor
 * (with the exceptions below) more than 60 kB of JavaScript and CSS, gzipped, before its first
 * draw (`scripts/budget.ts` says what counts). A size check over the built files, not a timing:
 * what a page fetches later, by `import()`, is free. The builds differ in size (the fixture build
 * has a 1,000-event timeline) and in language (the test build has Ukrainian and French
 * timelines, each with its own app), so this holds at every size and in every language.
 */
import { BASE_PATH, HOSTILE_DIR } from '../playwright.config';
import { Budget, BUDGET_BYTES, JS_BUDGET_BYTES, type InitialLoad } from '../scripts/budget';
import { expect, test } from './fixtures';
import { builtPages, notFoundPage, type BuiltPage } from './routes';

const BUILDS = [
	{ dir: 'build', base: '' },
	{ dir: 'build-base', base: BASE_PATH },
	{ dir: 'build-fixture', base: '' },
	{ dir: HOSTILE_DIR, base: '' }
];

/**
 * Routes still over the 60 kB budget, and the most each may load until it meets it: the timeline
 * page and the embed hydrate the chart and its controls at once, and the chunk every page shares
 * is 46.6 kB, three quarters of it Svelte's and Kit's runtime; the event page hydrates its
 * answers, sources and neighbours. A change that makes them heavier still fails here.
 */
const OVER_BUDGET: Record<string, number> = {
	// Each page carries its own language's messages (scripts/build.js); the heaviest is the
	// Ukrainian test timeline's. The list below the chart and what printing needs come after the
	// first draw (src/lib/components/deferred.ts); the filters could too (docs/bench.md). Showing the
	// server's drawing of the chart at first paint costs 0.4 kB (its container queries, and the live
	// chart keeping the drawing's lane heights). An event page fetches the whole timeline below it
	// with its chart (src/lib/event/WholeTimeline.svelte): 65.1 kB in Ukrainian, 0.3 kB of it for
	// parts that are shown only once whole (app.css) and the zone table that stacks on a phone.
	// Opening the chart data costs 0.3 kB more since it works out what its other columns say
	// (src/lib/chart/wire.ts): the data is the same size for tens of events, a fifth smaller at 50k.
	// A reader who tabs into the server's chart, list or legend before their code comes keeps their
	// place when the live ones take over: 0.3 kB (src/lib/components/Deferred.svelte, TimelineView).
	// The head for crawlers and link previews is the server's alone (src/lib/server/page-meta.ts):
	// 0.25 kB less on the timeline and event pages. A label that the chart's right edge would cut
	// goes left of its mark (src/lib/chart/placement.ts, drawn by both painters; a crowded day is
	// placed again when it leaves its badge no room): 0.3 kB more on the timeline page and the embed.
	// Labels kept clear of what stands where they start, tick labels that would meet or be cut left
	// out (long day names), the axis caption cut at the edge, key labels measured in their weight and
	// the width of Chinese, Japanese and Korean letters (src/lib/chart/ticks.ts, placement.ts,
	// text-width.ts, svg/TimelineAxis.svelte): 0.7 kB more on both. The chart data's numbers written
	// as text, and its headings, repeated titles and English days and times of day worked out from
	// its other columns (src/lib/chart/wire.ts): 0.7 kB more on every page that opens the data, for
	// data a fifth smaller at 50k events (605 → 492 kB). A chart.json of an earlier build, kept in
	// the browser's cache, fetched again past the cache (src/lib/state/timeline-files.ts): 0.1 kB,
	// 0.2 kB on the event page. The live chart built a few marks a task behind the server's drawing
	// (src/lib/components/TimelineView.svelte), for shorter tasks on a phone: 0.1 kB. The compile
	// comment left off chunks under 4,000 characters (vite.config.ts): 0.1–0.25 kB less on every page.
	// The parts below the chart hydrated where the server drew them, by code fetched with them
	// (src/lib/components/take-over.ts): 0.05 kB less on the timeline page and the embed.
	'/[timeline]': 85_350,
	'/[timeline]/embed': 80_800,
	'/[timeline]/events/[event]': 66_200
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The files a page loads, heaviest first, for the failure message. */
const itemise = (load: InitialLoad) =>
	[...load.js, ...load.css]
		.sort((a, b) => b.gzip - a.gzip)
		.map((a) => `${kB(a.gzip)} ${a.file}`)
		.join('\n');

for (const { dir, base } of BUILDS) {
	test(`every page of ${dir} loads at most ${kB(JS_BUDGET_BYTES)} of JS, and ${kB(BUDGET_BYTES)} of JS and CSS, gzipped, before it draws`, async () => {
		const budget = new Budget(dir, base);
		const pages: BuiltPage[] = (await builtPages(dir)).filter((p) => p.kind !== 'file');
		const notFound = notFoundPage(dir);
		if (notFound) pages.push(notFound);
		expect(pages.filter((p) => p.hydrates).length).toBeGreaterThan(0);
		const heaviest = new Map<string, number>();
		for (const page of pages) {
			const load = budget.initialLoad(page.file);
			const limit = OVER_BUDGET[page.route] ?? BUDGET_BYTES;
			expect
				.soft(
					load.jsTotal,
					`${page.path}: ${kB(load.jsTotal)} of JS, over ${kB(JS_BUDGET_BYTES)}\n${itemise(load)}`
				)
				.toBeLessThanOrEqual(JS_BUDGET_BYTES);
			expect
				.soft(load.total, `${page.path}: ${kB(load.total)} over ${kB(limit)}\n${itemise(load)}`)
				.toBeLessThanOrEqual(limit);
			heaviest.set(page.route, Math.max(heaviest.get(page.route) ?? 0, load.total));
		}
		for (const [route, bytes] of heaviest) {
			if (bytes > BUDGET_BYTES) {
				test.info().annotations.push({
					type: 'over budget',
					description: `${route}: ${kB(bytes)}, ${kB(bytes - BUDGET_BYTES)} over ${kB(BUDGET_BYTES)}`
				});
			}
		}
	});
}
