/**
 * The timeline page as a reader uses it: the chart, zoom, lanes, tooltips, selection in the URL,
 * filters in the URL, and the list that mirrors the chart. Written against the shipped data
 * without relying on how many events it holds.
 */
import type { Locator, Page } from '@playwright/test';
import { BASE_PATH, BASE_PORT, FIXTURE_ORIGIN } from '../playwright.config';
import { expect, hydrated, test, visit, visitWithoutScripts } from './fixtures';
import { drawWholeTimeline } from './routes';

const TIMELINE = '/alaska-summit-2025/';

const chart = (page: Page) => page.locator('svg.chart');
const marks = (page: Page) => chart(page).locator('a.mark');
const listItems = (page: Page) => page.locator('.event-list ol.events > li');
const axisLabels = (page: Page) => chart(page).locator('.axis text.tick').allTextContents();
const laneLabels = (page: Page) => chart(page).locator('.lane-label').allTextContents();

/** The path of each link, without the query. */
async function paths(links: Locator): Promise<string[]> {
	const hrefs = await links.evaluateAll((els) =>
		els.map((a) => (a as HTMLAnchorElement | SVGAElement).getAttribute('href') ?? '')
	);
	return hrefs.map((h) =>
		new URL(h, 'http://x/a/b/c/').pathname.replace(/^.*\/events\//, '').replace(/\/$/, '')
	);
}

/** Tabs from the top of the page until focus is inside the chart; fails after 60 presses. */
async function tabIntoChart(page: Page): Promise<void> {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const inside = await page.evaluate(() => !!document.activeElement?.closest('svg.chart'));
		if (inside) return;
	}
	throw new Error('Tab never reached the chart');
}

/** Waits until the chart answers wheel, drag and double-click: that code comes after the draw. */
const gesturesReady = (page: Page) =>
	chart(page).and(page.locator('[data-gestures="ready"]')).waitFor({ state: 'attached' });

/** The timeline, ready for gestures and fitted to all its events: its axis labels, the chart's box. */
async function openFitted(page: Page) {
	await visit(page, TIMELINE);
	await gesturesReady(page);
	await page.getByRole('button', { name: 'Fit all' }).click();
	return { labels: await axisLabels(page), box: (await chart(page).boundingBox())! };
}

/**
 * Holds back the script holding `marker` (one part's code) until the returned function is called,
 * as on a slow line: the page shows the server's markup of that part until then.
 */
async function holdCode(page: Page, marker: string): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes(marker)) await held;
			await route.fulfill({ response, body });
		} catch (error) {
			// a script still on its way as the test ends and closes the page: nothing waits for it
			if (!/disposed|closed/i.test(String(error))) throw error;
		}
	});
	return release;
}

const focusedEvent = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? null);

test.describe('the timeline chart', () => {
	test('draws marks for events, and every mark is an event of the list', async ({ page }) => {
		await visit(page, TIMELINE);
		await expect(marks(page).first()).toBeVisible();
		const listed = await paths(page.locator('.event-list a'));
		const heading = page.getByRole('heading', { level: 2, name: /^Events/ });
		await expect(heading).toContainText(`(${listed.length})`);
		const drawn = new Set(await paths(marks(page)));
		expect(drawn.size).toBeGreaterThan(0);
		for (const id of drawn) expect(listed).toContain(id);
	});

	test('zoom buttons and keys change the axis, and "Fit all" shows everything', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect(page.getByRole('button', { name: 'Fit all' })).toBeDisabled();
		const whole = await axisLabels(page);

		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => axisLabels(page)).not.toEqual(whole);
		const zoomed = await axisLabels(page);

		await chart(page).locator('a.mark[tabindex="0"]').focus();
		await page.keyboard.press('+');
		await expect.poll(() => axisLabels(page)).not.toEqual(zoomed);
		const deeper = await axisLabels(page);
		await page.keyboard.press('-');
		await expect.poll(() => axisLabels(page)).not.toEqual(deeper);

		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(() => axisLabels(page)).toEqual(whole);
		await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeDisabled();
	});

	test('Ctrl + the mouse wheel zooms the chart', async ({ page }) => {
		const { labels: before, box } = await openFitted(page);
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		await page.keyboard.down('Control');
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
		await page.keyboard.up('Control');
		await expect.poll(() => axisLabels(page)).not.toEqual(before);
		await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
	});

	test('the wheel hides the tooltip while it zooms; moving the pointer brings it back', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		await gesturesReady(page);
		// the pointer on a mark's glyph: the keyboard's, which is in view
		const box = (await chart(page).locator('a.mark[tabindex="0"] .ring').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		// Ctrl + wheel zooms about the pointer, so the mark stays under it; it is not hovered meanwhile
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -120);
		await page.keyboard.up('Control');
		await expect(tooltip).toBeHidden();
		// d3-zoom ends the wheel's zoom once the wheel has been still for 150 ms
		await expect
			.poll(async () => {
				await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
				await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
				return tooltip.isVisible();
			})
			.toBe(true);
	});

	test('a double-click zooms in where it is, and a drag pans', async ({ page }) => {
		const { labels: before, box } = await openFitted(page);
		// an empty spot in the axis band, away from the marks
		await page.mouse.dblclick(box.x + box.width / 2, box.y + 10);
		await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
		const zoomed = await axisLabels(page);
		expect(zoomed).not.toEqual(before);
		await page.mouse.move(box.x + box.width / 2, box.y + 10);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 150, box.y + 10, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => axisLabels(page)).not.toEqual(zoomed);
	});

	test('lanes switch between sides, kinds and a single lane', async ({ page }) => {
		await visit(page, TIMELINE);
		const bySide = await laneLabels(page);
		expect(bySide.length).toBeGreaterThan(1);

		await page.getByRole('radio', { name: 'By kind' }).check();
		await expect.poll(() => laneLabels(page)).not.toEqual(bySide);
		expect(await laneLabels(page)).toContain('Summit');

		await page.getByRole('radio', { name: 'One lane' }).check();
		await expect.poll(() => laneLabels(page)).toEqual(['All events']);

		await page.getByRole('radio', { name: 'By side' }).check();
		await expect.poll(() => laneLabels(page)).toEqual(bySide);
	});

	test('an event with participants on several sides shows in each lane, joined by a connector', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		const sharedEvent = async () => {
			// a key event is labelled in every lane instead, with no connector
			const keys = await marks(page).evaluateAll((els) =>
				els
					.filter((a) => !a.classList.contains('key-event'))
					.map((a) => [a.getAttribute('data-event'), a.getAttribute('data-key')] as const)
			);
			const lanesOf = new Map<string, Set<string>>();
			for (const [id, key] of keys) {
				if (!id || !key) continue;
				lanesOf.set(id, (lanesOf.get(id) ?? new Set()).add(key.split(':')[0]!));
			}
			return [...lanesOf].find(([, lanes]) => lanes.size >= 2)?.[0];
		};
		// closer in, a crowded day's badge opens into single marks
		let shared = await sharedEvent();
		for (let i = 0; i < 6 && !shared; i++) {
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
			shared = await sharedEvent();
		}
		expect(shared, 'an event drawn in two lanes').toBeTruthy();
		const connector = chart(page).locator(`line.connector[data-event="${shared}"]`);
		await expect(connector).toHaveCount(1);
		const [y1, y2] = await connector.evaluate((l) => [
			Number(l.getAttribute('y1')),
			Number(l.getAttribute('y2'))
		]);
		expect(y2 - y1).toBeGreaterThan(20);
	});

	test('a tooltip names the focused event, with its date, kind and status', async ({ page }) => {
		await visit(page, TIMELINE);
		const mark = chart(page).locator('a.mark[tabindex="0"]');
		const name = (await mark.getAttribute('aria-label'))!;
		await mark.focus();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText(name.replace(/ \(.*$/, ''));
		await expect(tooltip).toContainText(/\d{4}/);
		await expect(tooltip).toContainText(/ · /);
	});

	test('a keyboard-only reader can reach, move through, open and close events', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		await tabIntoChart(page);
		const first = await focusedEvent(page);
		expect(first).toBeTruthy();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => focusedEvent(page)).not.toBe(first);
		const second = (await focusedEvent(page))!;
		const title = (await page
			.locator(`a.mark[data-event="${second}"]`)
			.first()
			.getAttribute('aria-label'))!;
		await expect(page.locator('.live')).toContainText(title.replace(/ \(.*$/, ''));
		await expect(page.getByRole('tooltip')).toBeVisible();

		await page.keyboard.press('Home');
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowRight');
		const last = (await focusedEvent(page))!;
		expect(last).toBeTruthy();

		// the details open beside the chart with focus on their title; Escape gives it back to the mark
		// End moved the chart's window: the address keeps it (issue 24: the view is in the link)
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}events/${last}/(\\?view=[^&]+)?$`));
		await expect(page.locator(`[data-panel-event="${last}"] h2`)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}(\\?view=[^&]+)?$`));
		await expect.poll(() => focusedEvent(page)).toBe(last);
		expect(second).not.toBe(first);
	});

	test('selecting an event puts it in the URL, and back and forward agree', async ({ page }) => {
		await visit(page, TIMELINE);
		const mark = chart(page).locator('a.mark[tabindex="0"]');
		const id = (await mark.getAttribute('data-event'))!;
		await mark.locator('.glyph').click();
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}events/${id}/$`));
		const selected = page.locator('.event-list li[aria-current="true"] a');
		await expect(selected).toHaveCount(1);
		await expect(
			chart(page).locator(`a.mark[data-event="${id}"][aria-current="true"]`).first()
		).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}$`));
		await expect(page.locator('.event-list li[aria-current="true"]')).toHaveCount(0);
		await page.goForward();
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}events/${id}/$`));
		await expect(selected).toHaveCount(1);

		// a reload opens the event cold: its whole timeline is drawn once the reader reaches it
		await page.reload();
		await drawWholeTimeline(page);
		await expect(
			chart(page).locator(`a.mark[data-event="${id}"][aria-current="true"]`).first()
		).toBeVisible();
		await page.getByRole('link', { name: /^Close/ }).click();
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}$`));
	});

	test('filters go into the query, survive a reload and work with back', async ({ page }) => {
		await visit(page, TIMELINE);
		const all = await listItems(page).count();
		await page.locator('summary', { hasText: 'Kind' }).click();
		const box = page.getByRole('checkbox', { name: 'Summit' });
		await box.check();
		await expect(page).toHaveURL(/\?kind=summit$/);
		const filtered = await listItems(page).count();
		expect(filtered).toBeGreaterThan(0);
		expect(filtered).toBeLessThan(all);
		for (const id of await paths(marks(page))) {
			expect(await paths(page.locator('.event-list a'))).toContain(id);
		}
		await expect(page.getByText(`${filtered} of ${all} events`, { exact: true })).toBeVisible();

		await page.reload();
		await expect(listItems(page)).toHaveCount(filtered);
		await page.locator('summary', { hasText: 'Kind' }).click();
		await expect(page.getByRole('checkbox', { name: 'Summit' })).toBeChecked();

		await page.getByRole('searchbox').fill('zzzz-no-such-words');
		await expect(page).toHaveURL(/q=zzzz-no-such-words/);
		await expect(page.getByText('No events match the filters.').first()).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL(/\?kind=summit$/);
		await expect(listItems(page)).toHaveCount(filtered);
	});

	test('search reads summaries and quotes, fetched on the first query', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/search.json')) fetched.push(r.url());
		});
		await visit(page, TIMELINE);
		const all = await listItems(page).count();
		expect(fetched).toEqual([]);

		// "freezing" is in two events' summaries or quotes, and in no title
		await page.getByRole('searchbox').fill('Freezing');
		await expect(page).toHaveURL(/q=Freezing$/);
		await expect(listItems(page)).toHaveCount(2);
		await expect(page.getByText(`2 of ${all} events`, { exact: true })).toBeVisible();
		expect(fetched).toHaveLength(1);

		// a reload with the query in the address searches them too
		await page.reload();
		await expect(listItems(page)).toHaveCount(2);
	});

	test('a selected event keeps the filters, and closing it keeps them too', async ({ page }) => {
		await visit(page, `${TIMELINE}?source=1`);
		await expect(page.getByRole('checkbox', { name: /^Only in Newsmax's “/ })).toBeChecked();
		const link = page.locator('.event-list a').first();
		const id = (await paths(link))[0]!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`events/${id}/\\?source=1$`));
		await chart(page).locator(`a.mark[data-event="${id}"]`).first().focus();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`${TIMELINE}\\?source=1$`));
	});

	test('a list row keeps keyboard focus when another zone moves it to another day', async ({
		page
	}) => {
		// a whole day stays on its date in every zone; a time moves: 19:00 in Los Angeles on 31
		// October is 1 November in UTC
		await visit(page, `${FIXTURE_ORIGIN}/fixture-dates/`);
		const row = page.locator('.event-list li[data-id="la-last-day"]');
		const day = () =>
			row.evaluate((li) => li.closest('.days > li')?.querySelector('h3')?.textContent);
		await row.getByRole('link').focus();
		const before = await day();
		// the zone changes while focus stays in the list (as when another control sets it)
		await page.getByRole('combobox', { name: 'Times' }).evaluate((select: HTMLSelectElement) => {
			select.value = 'utc';
			select.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await expect(page.locator('.event-list .note')).toContainText('Grouped by day in UTC');
		expect(await day()).not.toBe(before);
		await expect(row.getByRole('link')).toBeFocused();
	});

	test('a list row focused before the list is live keeps focus when the live list takes its place', async ({
		page
	}) => {
		const release = await holdCode(page, 'The long list could not be loaded');
		await visit(page, `${FIXTURE_ORIGIN}/fixture-dates/`);
		const link = page.locator('.event-list li[data-id="la-last-day"]').getByRole('link');
		await link.focus();
		release();
		// only the live list regroups its days in another zone; set as another control would, so
		// focus stays in the list
		await page.getByRole('combobox', { name: 'Times' }).evaluate((select: HTMLSelectElement) => {
			select.value = 'utc';
			select.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await expect(page.locator('.event-list .note')).toContainText('Grouped by day in UTC');
		await expect(link).toBeFocused();
	});

	test("the legend's heading focused before the legend is live keeps its element and the focus as the legend is hydrated in place", async ({
		page
	}) => {
		const release = await holdCode(page, 'class="legend"');
		await visit(page, TIMELINE);
		const summary = page.locator('.legend summary');
		await summary.focus();
		const served = await summary.elementHandle();
		release();
		await expect(page.locator('.deferred:has(> .legend)')).toHaveAttribute('data-live', 'in-place');
		expect(await served!.evaluate((el) => el.isConnected)).toBe(true);
		await expect(summary).toBeFocused();
		// live: the legend's heading opens and closes it
		await page.keyboard.press('Enter');
		await expect(page.locator('.legend')).not.toHaveAttribute('open');
	});

	test('a list drawn for other events than the address asks for is drawn afresh, and a row focused before keeps the focus', async ({
		page
	}) => {
		const release = await holdCode(page, 'class="event-list"');
		await visit(page, `${FIXTURE_ORIGIN}/fixture-dates/?q=remarks`);
		const link = page.locator('.event-list li[data-id="la-last-day"]').getByRole('link');
		await link.focus();
		const served = await link.elementHandle();
		// the server drew every event; the address keeps one
		await expect(page.locator('.event-list ol.events > li')).toHaveCount(14);
		release();
		await expect(page.locator('.deferred:has(> .event-list)')).toHaveAttribute(
			'data-live',
			'afresh'
		);
		await expect(page.locator('.event-list ol.events > li')).toHaveCount(1);
		expect(await served!.evaluate((el) => el.isConnected)).toBe(false);
		await expect(link).toBeFocused();
	});

	test('the parts below the chart are hydrated in place on the address the server drew', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		const boxes = page.locator('.deferred');
		await expect(boxes).toHaveCount(4);
		for (const box of await boxes.all()) await expect(box).toHaveAttribute('data-live', 'in-place');
	});

	test("a mark of the server's drawing focused before the page starts keeps focus in the live chart", async ({
		page
	}) => {
		const release = await holdCode(page, '');
		await page.goto(TIMELINE);
		const served = page.locator('.first-paint a.mark[tabindex="0"]:visible');
		const id = await served.getAttribute('data-event');
		expect(id).toBeTruthy();
		await served.focus();
		const drawing = await served.elementHandle();
		release();
		await hydrated(page);
		await page.waitForFunction((el) => !el?.isConnected, drawing);
		await expect.poll(() => focusedEvent(page)).toBe(id);
		expect(await page.evaluate(() => !!document.activeElement?.closest('svg.chart'))).toBe(true);
	});

	test('the time zone switch relabels the axis', async ({ page }) => {
		await visit(page, TIMELINE);
		const context = chart(page).locator('.axis text.context');
		await expect(context).not.toContainText('UTC');
		await page.getByRole('combobox', { name: 'Times' }).selectOption('utc');
		await expect(context).toContainText('UTC');
	});
});

test.describe("the reader's own zone", () => {
	test.use({ timezoneId: 'Asia/Tokyo' });
	test('is named once the reader reaches the zone menu, and relabels the axis', async ({
		page
	}) => {
		await visit(page, TIMELINE);
		const times = page.getByRole('combobox', { name: 'Times' });
		const mine = times.locator('option[value="viewer"]');
		// looking the zone up costs the runtime its zone data: it waits until the menu is reached
		await expect(mine).toHaveText('Your zone');
		await times.focus();
		await expect(mine).toHaveText('Your zone: Tokyo time (GMT+9)');
		await times.selectOption('viewer');
		await expect(chart(page).locator('.axis text.context')).toContainText('Tokyo time');
	});
});

test.describe('the timeline page without JavaScript, on a phone, and in the dark', () => {
	test('the prerendered page shows the list and a static chart without JavaScript', async ({
		browser
	}) => {
		const page = await visitWithoutScripts(browser, TIMELINE);
		await expect(page.locator('.event-list ol.events > li').first()).toBeVisible();
		await expect(
			page.locator('.chart-frame svg a.mark').filter({ visible: true }).first()
		).toBeVisible();
		// each glyph is painted by its status in the page as built, not only once scripts run
		const fills = await page
			.locator('path.glyph')
			.evaluateAll((paths) => paths.map((p) => p.getAttribute('style')));
		expect(fills.length).toBeGreaterThan(0);
		for (const fill of fills) expect(fill).toMatch(/^fill: (var\(--(mark|bg)\)|url\(#[\w-]+\));?$/);
		// an event page carries only its event and neighbours: its chart needs JavaScript
		await page.goto(`${TIMELINE}events/alaska-summit-2025-08-15/`);
		await expect(page.locator('.nearby a[aria-current="page"]')).toHaveCount(1);
		await expect(page.locator('.chart-frame svg')).toHaveCount(0);
		await page.context().close();
	});

	test('the chart and the legend stay where they were painted as the page starts', async ({
		browser
	}) => {
		for (const width of [360, 412, 1280]) {
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			const page = await context.newPage();
			const where = () =>
				page.evaluate(() => {
					const top = (s: string) => document.querySelector(s)?.getBoundingClientRect().top;
					const frame = document.querySelector('.chart-frame')?.getBoundingClientRect();
					// the legend below the chart, measured from the chart's bottom, which follows the width
					return {
						chart: top('.chart-frame'),
						legend: (top('.legend') ?? 0) - (frame?.bottom ?? 0)
					};
				});
			// as first painted: scripting on, but no module has run yet
			await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
			await page.goto(TIMELINE);
			const painted = await where();
			await page.unrouteAll();
			await visit(page, TIMELINE);
			await expect(page.locator('svg.overview')).toBeVisible();
			expect(await where(), `at ${width} px`).toEqual(painted);
			await context.close();
		}
	});

	test('at 360 px the page fits the screen and the chart still works', async ({ page }, info) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await visit(page, TIMELINE);
		await expect(marks(page).first()).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeEnabled();
		await page.screenshot({ path: info.outputPath('timeline-360.png'), fullPage: false });
	});

	test('dark mode follows the system setting', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await visit(page, TIMELINE);
		const background = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		const [r = 255, g = 255, b = 255] = background.match(/\d+/g)!.map(Number);
		expect(r + g + b).toBeLessThan(150);
	});
});

test('under a base path, event links stay under it', async ({ page }) => {
	const origin = `http://127.0.0.1:${BASE_PORT}`;
	await visit(page, `${origin}${BASE_PATH}${TIMELINE}`);
	const mark = chart(page).locator('a.mark[tabindex="0"]');
	const id = await mark.getAttribute('data-event');
	await mark.locator('.glyph').click();
	await expect(page).toHaveURL(`${origin}${BASE_PATH}${TIMELINE}events/${id}/`);
	await page.reload();
	await drawWholeTimeline(page);
	// the event's own page lists its neighbours, not the whole timeline, and marks it among them
	const current = page.locator(`aside .nearby a[aria-current="page"]`);
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAttribute(
		'href',
		new RegExp(`^${BASE_PATH}${TIMELINE}events/${id}/`)
	);
});
