/**
 * The chart is in the page before any script runs: the server's drawing at the reference width
 * nearest the frame's, scaled to fill it with its text near its usual size, and the live chart
 * takes its place without moving what is around it. A timeline too large for the SVG alone keeps
 * its drawing for readers without JavaScript only. Read on the shipped timeline and on the test
 * timelines, at a small phone, a phone, a tablet and a desktop.
 */
import type { Browser, Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { LARGE_TIMELINE } from './fixture-timelines';
import { expect, layoutShifts, recordLayoutShifts, test, visit } from './fixtures';

const SIZES = [
	{ width: 320, height: 700 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 }
] as const;

const PAGES = [
	'/alaska-summit-2025/',
	`${FIXTURE_ORIGIN}/fixture-talks/`,
	`${FIXTURE_ORIGIN}/fixture-kyiv-uk/`,
	`${FIXTURE_ORIGIN}/fixture-dates/`,
	`${FIXTURE_ORIGIN}/fixture-geneve-fr/embed/`
] as const;

/** The chart's label size in the drawing, px (the encoding's `labelSize`) */
const LABEL_SIZE = 12;
/** The smallest a drawing's labels may be scaled to, px */
const LEGIBLE = 10;

/** A page whose scripts never run: what the reader sees before they have come. */
async function beforeScripts(browser: Browser, path: string, size: (typeof SIZES)[number]) {
	const context = await browser.newContext({ viewport: size });
	const page = await context.newPage();
	await page.route(/\.js(\?|$)/, (route) => route.abort());
	await page.goto(path);
	return page;
}

/** The drawings the frame shows: their reference width and their box. */
function shownDrawings(page: Page) {
	return page.locator('.chart-frame div[data-width]').evaluateAll((divs) =>
		divs
			.filter((d) => getComputedStyle(d).display !== 'none')
			.map((d) => {
				const svg = d.querySelector('svg')!;
				const box = svg.getBoundingClientRect();
				const frame = d.closest('.chart-frame')!.getBoundingClientRect();
				return {
					reference: Number((d as HTMLElement).dataset.width),
					viewBoxWidth: svg.viewBox.baseVal.width,
					width: box.width,
					height: box.height,
					frameWidth: frame.width,
					marks: svg.querySelectorAll('a.mark').length,
					labels: svg.querySelectorAll('text.label').length,
					caption: svg.querySelector('text.context')?.textContent ?? ''
				};
			})
	);
}

for (const path of PAGES) {
	for (const size of SIZES) {
		test(`${path} at ${size.width} × ${size.height}: the chart is drawn before any script runs, legible and as wide as its frame`, async ({
			browser
		}) => {
			const page = await beforeScripts(browser, path, size);
			const shown = await shownDrawings(page);
			expect(shown).toHaveLength(1);
			const [drawing] = shown;
			expect(drawing!.marks).toBeGreaterThan(0);
			expect(drawing!.labels).toBeGreaterThan(0);
			// the frame's border takes 2 px
			expect(Math.abs(drawing!.width - (drawing!.frameWidth - 2))).toBeLessThanOrEqual(1);
			const scale = drawing!.width / drawing!.viewBoxWidth;
			expect(LABEL_SIZE * scale).toBeGreaterThanOrEqual(LEGIBLE);
			expect(scale).toBeLessThanOrEqual(1.4);
			// nothing on the page scrolls sideways
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
			).toBeLessThanOrEqual(0);
			await page.context().close();
		});

		test(`${path} at ${size.width} × ${size.height}: the live chart takes the drawing's place without shifting the page`, async ({
			browser
		}) => {
			const before = await beforeScripts(browser, path, size);
			const [drawing] = await shownDrawings(before);
			await before.context().close();

			const context = await browser.newContext({ viewport: size });
			const page = await context.newPage();
			await recordLayoutShifts(page);
			await page.goto(path);
			const chart = page.locator('svg.chart');
			await expect(chart).toHaveAttribute('data-rendered', 'true');
			await expect(page.locator('.chart-frame div[data-width]')).toHaveCount(0);
			// at a reference width, the live chart opens on the drawing's view, in the same zone (between
			// references, the axis may name the days otherwise)
			if (Math.abs(drawing!.frameWidth - 2 - drawing!.reference) < 1)
				await expect(chart.locator('text.context')).toHaveText(drawing!.caption);
			await page.waitForTimeout(500);
			expect(await layoutShifts(page)).toEqual([]);
			await context.close();
		});
	}
}

/** What the chart's frame holds after a change to the page, as the live chart is built. */
interface BuildFrame {
	live: boolean;
	building: boolean;
	marks: number;
	drawing: boolean;
}

for (const path of PAGES) {
	test(`${path}: the live chart is built behind the drawing and shown only whole`, async ({
		page
	}) => {
		// after each change to the page, what the frame holds: the live chart (hidden while it is
		// built) with its marks, and whether the server's drawing is still there
		await page.addInitScript(() => {
			const seen: BuildFrame[] = [];
			(window as unknown as { __frames: BuildFrame[] }).__frames = seen;
			new MutationObserver(() => {
				const live = document.querySelector('svg.chart');
				seen.push({
					live: !!live,
					building: !!live?.classList.contains('building'),
					marks: live?.querySelectorAll('a.mark, .cluster').length ?? 0,
					drawing: !!document.querySelector('.chart-frame div[data-width]')
				});
			}).observe(document, { childList: true, subtree: true, attributes: true });
		});
		await page.goto(path);
		const chart = page.locator('svg.chart');
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		const whole = await chart.locator('a.mark, .cluster').count();
		const frames = await page.evaluate(
			() => (window as unknown as { __frames: BuildFrame[] }).__frames
		);
		// from when the parser has put the drawing in the page
		const since = frames.slice(frames.findIndex((f) => f.drawing));
		expect(since.length).toBeGreaterThan(0);
		for (const frame of since) {
			// there is always a chart to see: the drawing, or the live chart whole
			expect(frame.drawing || (frame.live && !frame.building), JSON.stringify(frame)).toBe(true);
			if (frame.live && !frame.building) {
				expect(frame.drawing, JSON.stringify(frame)).toBe(false);
				expect(frame.marks, JSON.stringify(frame)).toBe(whole);
			}
		}
		if (path === '/alaska-summit-2025/') {
			// its opening view holds more marks and badges than one step makes
			const steps = new Set(since.filter((f) => f.building).map((f) => f.marks));
			expect(steps.size).toBeGreaterThan(1);
		}
	});
}

test(`the ${LARGE_TIMELINE.events}-event timeline, which a canvas draws, keeps its drawing for readers without JavaScript`, async ({
	browser
}) => {
	const page = await beforeScripts(browser, `${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`, {
		width: 1440,
		height: 900
	});
	await expect(page.locator('.chart-frame div[data-width]')).toHaveCount(0);
	await expect(page.locator('.chart-frame noscript')).toHaveCount(1);
	await page.context().close();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	await noJs.goto(`${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`);
	await expect(noJs.locator('.chart-frame svg[aria-label]')).toBeVisible();
	await context.close();
});

// Pages whole at first paint fetch their code after it (src/lib/server/start-after-paint.ts): on a
// slow link the modules would share the bandwidth with what the first paint waits for
const WHOLE_AT_FIRST_PAINT = [
	'/',
	'/alaska-summit-2025/',
	'/alaska-summit-2025/events/alaska-summit-2025-08-15/',
	'/alaska-summit-2025/print/',
	`${FIXTURE_ORIGIN}/fixture-geneve-fr/embed/`,
	`${FIXTURE_ORIGIN}/fixture-kyiv-uk/`
] as const;

for (const path of WHOLE_AT_FIRST_PAINT) {
	test(`${path} fetches no module of its code before its first contentful paint, and then starts`, async ({
		page
	}) => {
		await visit(page, path);
		const { paint, modules } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			modules: performance
				.getEntriesByType('resource')
				.filter((r) => /\/_app[^/]*\/immutable\/.+\.js$/.test(r.name))
				.map((r) => r.startTime)
		}));
		expect(paint).toBeGreaterThan(0);
		expect(modules.length).toBeGreaterThan(0);
		expect(Math.min(...modules)).toBeGreaterThanOrEqual(paint!);
		expect(await page.locator('head link[rel="modulepreload"]').count()).toBeGreaterThan(0);
	});
}

test(`a timeline too large to draw at first paint preloads its code from the head, as its chart waits for it`, async ({
	request
}) => {
	const html = await (await request.get(`${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`)).text();
	expect(html).toContain('data-awaits-script');
	const head = html.slice(0, html.indexOf('</head>'));
	expect(head).toMatch(/<link href="[^"]+\.js" rel="modulepreload">/);
	// and a page whole at first paint has none there
	const small = await (await request.get(`${FIXTURE_ORIGIN}/fixture-talks/`)).text();
	expect(small.slice(0, small.indexOf('</head>'))).not.toContain('rel="modulepreload"');
});
