/**
 * A chart whose view holds more marks and badges than SVG elements can redraw in time draws them
 * on a canvas (the fixture site's 1,000-event timeline, see fixture-timelines.ts). The pointer,
 * the keyboard and screen readers must still reach what the canvas shows.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { LARGE_TIMELINE } from './fixture-timelines';
import { expect, test, visit } from './fixtures';

const TIMELINE = `${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`;

const chart = (page: Page) => page.locator('svg.chart');
const canvas = (page: Page) => page.locator('canvas.mark-canvas');
const drawn = (page: Page) =>
	canvas(page).evaluate((c: HTMLCanvasElement) => ({
		marks: Number(c.dataset.marks),
		badges: Number(c.dataset.badges)
	}));

async function open(page: Page): Promise<void> {
	await visit(page, TIMELINE);
	await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
}

/** Presses + on the chart until the canvas shows single marks as well as badges. */
async function zoomToMarks(page: Page): Promise<void> {
	await chart(page).focus();
	for (let i = 0; i < 6 && (await drawn(page)).marks === 0; i++) {
		await page.keyboard.press('+');
		await page.waitForTimeout(50);
	}
	expect((await drawn(page)).marks, 'zooming in never drew single marks').toBeGreaterThan(0);
}

/**
 * Moves the pointer over the canvas's opaque pixels until the chart says what is under it is
 * `wanted`; returns where.
 */
async function pointAt(page: Page, wanted: 'event' | 'cluster'): Promise<{ x: number; y: number }> {
	const box = (await canvas(page).boundingBox())!;
	const spots = await canvas(page).evaluate((c: HTMLCanvasElement) => {
		const ctx = c.getContext('2d')!;
		const k = c.width / c.getBoundingClientRect().width;
		const { data } = ctx.getImageData(0, 0, c.width, c.height);
		const found: [number, number][] = [];
		for (let y = 2; y < c.height; y += 5) {
			for (let x = 2; x < c.width; x += 7) {
				if ((data[(y * c.width + x) * 4 + 3] ?? 0) > 200) found.push([x / k, y / k]);
			}
		}
		return found;
	});
	expect(spots.length, 'the canvas is blank').toBeGreaterThan(0);
	const step = Math.max(1, Math.floor(spots.length / 150));
	for (let i = 0; i < spots.length; i += step) {
		const [x, y] = spots[i]!;
		await page.mouse.move(box.x + x, box.y + y);
		if ((await chart(page).getAttribute('data-under')) === wanted) {
			return { x: box.x + x, y: box.y + y };
		}
	}
	throw new Error(`no ${wanted} found under the canvas's pixels`);
}

test.describe('a crowded chart', () => {
	test('is drawn on a canvas, with only the marks that need it left as elements', async ({
		page
	}) => {
		await open(page);
		await expect(canvas(page)).toBeVisible();
		const { marks, badges } = await drawn(page);
		expect(marks + badges).toBeGreaterThan(120);
		// zoomed out, every day is a badge: no single mark, and no element for the badges
		expect(await chart(page).locator('.cluster').count()).toBe(0);
		expect(await chart(page).locator('a.mark').count()).toBeLessThanOrEqual(1);
		// the canvas is an image for the eye only; the chart itself passes axe
		await expect(canvas(page)).toHaveAttribute('aria-hidden', 'true');
		const results = await new AxeBuilder({ page }).include('.chart-frame').analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});

	test('a badge on the canvas shows the zoom cursor, and a click zooms into its days', async ({
		page
	}) => {
		await open(page);
		const at = await pointAt(page, 'cluster');
		await expect(chart(page)).toHaveCSS('cursor', 'zoom-in');
		const before = await chart(page).locator('.axis text.tick').allTextContents();
		await page.mouse.click(at.x, at.y);
		await expect
			.poll(() => chart(page).locator('.axis text.tick').allTextContents())
			.not.toEqual(before);
	});

	test('a mark on the canvas becomes a link with a tooltip under the pointer, and a click opens it', async ({
		page
	}) => {
		await open(page);
		await zoomToMarks(page);
		const at = await pointAt(page, 'event');
		await expect(chart(page)).toHaveCSS('cursor', 'pointer');
		// the hovered mark is an element again: the tooltip names it
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		const title = (await tooltip.locator('.title').textContent())!;
		const link = chart(page).getByRole('link', { name: title, exact: false });
		await expect(link.first()).toBeAttached();
		await page.mouse.click(at.x, at.y);
		// the zoom the reader chose stays in the address (issue 24: the view is kept in the link)
		await expect(page).toHaveURL(/\/events\/[^/]+\/(\?view=[^&]+)?$/);
		await expect(page.locator('section.panel header [id^="title-"]')).toHaveText(title);
		// leaving the chart forgets what was under the pointer
		await page.mouse.move(1, 1);
		await expect(chart(page)).not.toHaveAttribute('data-under', /./);
	});

	test('the arrow keys reach the events the canvas draws', async ({ page }) => {
		await open(page);
		await zoomToMarks(page);
		const seen = new Set<string>();
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('ArrowRight');
			const id = await page.evaluate(() => {
				const el = document.activeElement;
				return el?.matches('svg.chart a.mark') ? el.getAttribute('data-event') : null;
			});
			expect(id, 'focus left the marks').toBeTruthy();
			seen.add(id!);
		}
		expect(seen.size).toBe(4);
		await expect(canvas(page)).toBeVisible();
		await expect(page.getByRole('tooltip')).toBeVisible();
	});
});
