/**
 * The list view of a long timeline (the fixture site's synthetic one, see fixture-timelines.ts):
 * it draws only the rows near the viewport, yet scrolling, the Tab key and screen readers still
 * reach every event, and filters redraw it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { unpackChart, type PackedChart } from '../src/lib/chart/wire';
import { LARGE_TIMELINE } from './fixture-timelines';
import { expect, test, visit, visitWithoutScripts } from './fixtures';
import { drawWholeTimeline } from './routes';

const TIMELINE = `${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`;
const ALL = LARGE_TIMELINE.events;

const list = (page: Page) => page.locator('section.event-list');
const items = (page: Page) => list(page).locator('li[aria-posinset]');
const positions = (page: Page) =>
	items(page).evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-posinset'))));
const setSizes = (page: Page) =>
	items(page).evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('aria-setsize')))]);
/** The list position of the event whose link has focus, or null. */
const focusedPosition = (page: Page) =>
	page.evaluate(() => {
		const item = document.activeElement?.closest('section.event-list li[aria-posinset]');
		return item ? Number(item.getAttribute('aria-posinset')) : null;
	});

/** Waits until the drawn rows stay the same for a few frames (rows measured, padding settled). */
async function settled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		const drawn = () =>
			[...document.querySelectorAll('section.event-list li[aria-posinset]')]
				.map((li) => li.getAttribute('aria-posinset'))
				.join() + document.querySelector('section.event-list ol')?.getAttribute('style');
		let last = '';
		for (let same = 0; same < 3;) {
			await frame();
			const now = drawn();
			same = now === last ? same + 1 : 0;
			last = now;
		}
	});
}

/** Scrolls to the end of the page until the list's last drawn item is its last event. */
async function scrollToEnd(page: Page, count: number): Promise<void> {
	await expect
		.poll(async () => {
			await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
			return items(page).last().getAttribute('aria-posinset');
		})
		.toBe(String(count));
}

// a trace snapshots this page, with its thousand-event chart and printable briefing, at every
// action: far too slow for 180 key presses, and a failure's screenshot still says enough
test.use({ trace: 'off' });

test.describe('a long list view', () => {
	test('draws far fewer items than it has events, each knowing the whole size', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		await expect(list(page).getByRole('heading', { level: 2 })).toHaveText(`Events (${ALL})`);
		// the window's code comes after the chart's first frame: under load, the test can read the
		// list as it changes over
		await expect.poll(async () => (await positions(page)).length).toBeGreaterThan(0);
		await settled(page);
		const drawn = await positions(page);
		expect(drawn.length).toBeLessThan(ALL / 5);
		expect(drawn).toEqual(drawn.map((_, i) => drawn[0]! + i));
		expect(await setSizes(page)).toEqual([String(ALL)]);
	});

	test('scrolling to the end shows the last event, and back to the top the first', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		await scrollToEnd(page, ALL);
		await expect(items(page).last()).toBeInViewport();
		expect((await positions(page)).length).toBeLessThan(ALL / 5);

		await page.evaluate(() => scrollTo(0, 0));
		await expect(items(page).first()).toHaveAttribute('aria-posinset', '1');
	});

	test('axe finds no violations in the middle of the list', async ({ page }) => {
		await visit(page, TIMELINE);
		// the list's rows come after the chart's first frame: the middle is where they end
		await expect(items(page).first()).toBeVisible();
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
		await expect(items(page).first()).not.toHaveAttribute('aria-posinset', '1');
		// axe reads the list for a while: rows coming and going meanwhile would confuse it
		await settled(page);
		const { violations } = await new AxeBuilder({ page }).include('section.event-list').analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('Tab walks the list one event after another, and Shift+Tab walks back', async ({ page }) => {
		// 180 key presses take a while on a busy machine: the limit only stops a hung run
		test.setTimeout(90_000);
		await visit(page, TIMELINE);
		// every event the focus lands on, in order
		await page.evaluate(() => {
			const landed: (number | null)[] = [];
			Object.assign(window, { landed });
			document.addEventListener('focusin', (event) => {
				const item = (event.target as Element).closest('section.event-list li[aria-posinset]');
				landed.push(item ? Number(item.getAttribute('aria-posinset')) : null);
			});
		});
		const landed = () => page.evaluate(() => (window as unknown as { landed: number[] }).landed);
		await list(page).locator('ol.events a').first().focus();
		const forward = 150;
		for (let i = 0; i < forward; i++) await page.keyboard.press('Tab');
		const numbers = (from: number, n: number, step = 1) =>
			Array.from({ length: n }, (_, i) => from + i * step);
		expect(await landed()).toEqual(numbers(1, forward + 1));
		await expect(page.locator(':focus')).toBeInViewport();
		expect((await positions(page)).length).toBeLessThan(ALL / 5);

		const back = 30;
		for (let i = 0; i < back; i++) await page.keyboard.press('Shift+Tab');
		expect((await landed()).slice(forward + 1)).toEqual(numbers(forward, back, -1));
		expect(await focusedPosition(page)).toBe(forward + 1 - back);
	});

	test('Tab walks on while the list is frames behind the scroll', async ({ page }) => {
		await visit(page, TIMELINE);
		await list(page).locator('ol.events a').first().focus();
		await settled(page);
		// a busy machine can take several key presses to paint a frame: here no frame comes at all,
		// so the list never learns that the page has scrolled
		await page.evaluate(() => {
			window.requestAnimationFrame = () => 0;
		});
		const forward = 40;
		for (let i = 0; i < forward; i++) await page.keyboard.press('Tab');
		expect(await focusedPosition(page)).toBe(forward + 1);
		for (let i = 0; i < forward; i++) await page.keyboard.press('Shift+Tab');
		expect(await focusedPosition(page)).toBe(1);
	});

	test('a focused row is let go once the page is scrolled far from it', async ({ page }) => {
		await visit(page, TIMELINE);
		await list(page).locator('ol.events a').first().focus();
		await settled(page);
		await scrollToEnd(page, ALL);
		await settled(page);
		const drawn = await positions(page);
		expect(drawn).not.toContain(1);
		expect(drawn.length).toBeLessThan(ALL / 5);
		expect(drawn).toEqual(drawn.map((_, i) => drawn[0]! + i));
	});

	test('filters redraw the list, virtual or whole, with the filtered count', async ({ page }) => {
		await visit(page, TIMELINE);
		await page.locator('summary', { hasText: 'Status' }).click();
		await page.getByRole('checkbox', { name: 'Occurred' }).check();
		const shown = page.getByRole('search', { name: 'Filter events' }).getByRole('status');
		await expect(shown).toHaveText(/^\d+ of \d+ events$/);
		const occurred = Number((await shown.textContent())?.split(' ')[0]);
		expect(occurred).toBeGreaterThan(400);
		await expect(list(page).getByRole('heading', { level: 2 })).toHaveText(
			`Events (${occurred} of ${ALL})`
		);
		await expect.poll(() => setSizes(page)).toEqual([String(occurred)]);
		expect((await positions(page)).length).toBeLessThan(occurred / 5);

		// few enough to draw whole
		// the switch names the timeline's article
		await page.getByRole('checkbox', { name: /^Only in .+'s “.+”$/ }).check();
		await expect(shown).not.toHaveText(`${occurred} of ${ALL} events`);
		const few = Number((await shown.textContent())?.split(' ')[0]);
		expect(few).toBeGreaterThan(0);
		expect(few).toBeLessThanOrEqual(400);
		await expect(items(page)).toHaveCount(few);
		expect(await positions(page)).toEqual(Array.from({ length: few }, (_, i) => i + 1));
	});

	test('another time zone regroups the list without losing events', async ({ page }) => {
		await visit(page, TIMELINE);
		// with focus in the list, whose rows are all replaced
		await list(page).locator('ol.events a').first().focus();
		await page.getByRole('combobox', { name: 'Times' }).selectOption('utc');
		await expect(list(page).locator('.note').first()).toContainText('Grouped by day in UTC');
		await scrollToEnd(page, ALL);
		expect(await setSizes(page)).toEqual([String(ALL)]);
	});

	test('an event page shows its place among its neighbours, not the whole list', async ({
		page,
		request
	}) => {
		const chart = unpackChart(
			(await (await request.get(`${TIMELINE}chart.json`)).json()) as PackedChart
		);
		const id = chart.events[Math.floor(ALL * 0.6)]!.id;
		await visit(page, `${TIMELINE}events/${id}/`);
		await drawWholeTimeline(page);
		// the whole list is on the timeline's page; under an event it tripled the page's length
		await expect(list(page)).toHaveCount(0);
		const current = page
			.getByRole('complementary', { name: 'Events around this one' })
			.locator('a[aria-current="page"]');
		await expect(current).toHaveAttribute('href', new RegExp(`/${id}/?$`));
	});

	test('without JavaScript the page lists the first events and says how many more', async ({
		browser
	}) => {
		const page = await visitWithoutScripts(browser, TIMELINE);
		expect(await positions(page)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		// (inside <noscript>, whose text Playwright leaves out of the list's)
		await expect(list(page).locator('.more')).toContainText(
			`the other ${ALL - 100} are listed when the page's script runs`
		);
		await expect(list(page).getByRole('button')).toHaveCount(0);
		await page.context().close();
	});
});

test.describe("a large timeline's events", () => {
	test('come in chart.json, which the page preloads and fetches once', async ({
		page,
		request
	}) => {
		const html = await (await request.get(TIMELINE)).text();
		const chart = unpackChart(
			(await (await request.get(`${TIMELINE}chart.json`)).json()) as PackedChart
		);
		// the prerendered list holds the first events; the page's data holds none
		expect(html).toContain(chart.events[0]!.id);
		expect(html).not.toContain(chart.events[ALL - 1]!.id);
		const fetched: string[] = [];
		page.on('request', (req) => {
			if (req.url().endsWith('/chart.json')) fetched.push(req.url());
		});
		await visit(page, TIMELINE);
		await expect(page.locator('svg.chart')).toHaveAttribute('data-rendered', 'true');
		await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
			'href',
			/chart\.json$/
		);
		expect(fetched).toEqual([`${TIMELINE}chart.json`]);
		await expect(list(page).getByRole('heading', { level: 2 })).toContainText(`(${ALL})`);
	});

	test('that cannot be fetched give an error page that says so', async ({ page, pageProblems }) => {
		pageProblems.allow(/chart\.json|503|Failed to load resource/);
		await page.route('**/chart.json', (route) => route.fulfill({ status: 500, body: 'down' }));
		await page.goto(TIMELINE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
		await expect(page.getByText('The events of this timeline could not be loaded')).toBeVisible();
	});
});
