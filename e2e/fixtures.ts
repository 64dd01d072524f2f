/**
 * Shared fixtures. Every test's page fails the test on a console error, an uncaught exception or
 * a failed request, so no test has to remember to check.
 */
import { test as base, expect, type Browser, type Page } from '@playwright/test';

export interface PageProblems {
	problems: string[];
	/** stop collecting, e.g. before a test that expects a 404 */
	allow(pattern: RegExp): void;
}

/** Waits until the root layout has hydrated: interacting earlier can be undone by hydration. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Goes to a path and waits for hydration. */
export async function visit(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

/** Goes to a path in a new browser context with JavaScript off: the page as built, unhydrated. */
export async function visitWithoutScripts(browser: Browser, path: string): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path);
	return page;
}

/** One layout shift the browser recorded: its score and what moved, for a failure message. */
export interface LayoutShift {
	value: number;
	moved: string[];
}

/** Records the page's layout shifts from its first frame; call before the page is opened. */
export async function recordLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShifts: LayoutShift[] };
		w.layoutShifts = [];
		const describe = (node: Node | null) =>
			node instanceof Element ? `${node.localName}.${node.classList[0] ?? ''}` : String(node);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				const shift = entry as unknown as {
					value: number;
					sources: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
				};
				w.layoutShifts.push({
					value: shift.value,
					moved: shift.sources.map(
						(s) =>
							`${describe(s.node)} from (${Math.round(s.previousRect.x)}, ${Math.round(s.previousRect.y)}) to (${Math.round(s.currentRect.x)}, ${Math.round(s.currentRect.y)})`
					)
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts recorded so far (see `recordLayoutShifts`). */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
	return page.evaluate(() => (window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts);
}

export const test = base.extend<{ pageProblems: PageProblems }>({
	pageProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			const allowed: RegExp[] = [];
			const note = (text: string) => {
				if (!allowed.some((re) => re.test(text))) problems.push(text);
			};
			page.on('console', (msg) => {
				if (msg.type() === 'error') note(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (err) => note(`uncaught: ${err.message}`));
			page.on('requestfailed', (req) => {
				const error = req.failure()?.errorText ?? 'unknown';
				// a request the page itself cancelled (a navigation away, an aborted fetch) is no fault;
				// a missing or broken resource still fails, through its status below
				if (error === 'net::ERR_ABORTED') return;
				note(`request failed: ${req.url()} (${error})`);
			});
			page.on('response', (res) => {
				if (res.status() >= 400) note(`HTTP ${res.status()}: ${res.url()}`);
			});
			await use({ problems, allow: (re) => allowed.push(re) });
			expect(problems, 'the page logged errors or had failed requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
