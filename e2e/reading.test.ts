/**
 * Reading the timeline at a desktop's 1440 × 900 and a phone's 390 × 844 (touch): the plain wheel
 * scrolls the page and Ctrl + wheel zooms, the chart never takes the whole window, help speaks of
 * the device in hand, details open where the reader is, and key events stand out. On the shipped
 * timeline and on the fixture timelines.
 */
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';
import { LARGE_TIMELINE } from './fixture-timelines';

const TIMELINES = [
	'/alaska-summit-2025/',
	`${FIXTURE_ORIGIN}/fixture-talks/`,
	`${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`
];

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const chart = (page: Page) => page.locator('svg.chart');
const axisLabels = (page: Page) => chart(page).locator('.axis text.tick').allTextContents();

for (const [name, device] of [
	['1440 × 900', DESKTOP],
	['390 × 844, touch', PHONE]
] as const) {
	test.describe(`at ${name}`, () => {
		test.use(device);

		for (const timeline of TIMELINES) {
			test(`the chart leaves room for the page around it: ${timeline}`, async ({ page }) => {
				await visit(page, timeline);
				await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
				const frame = (await page.locator('.chart-frame').boundingBox())!;
				expect(frame.height).toBeGreaterThan(100);
				expect(frame.height).toBeLessThanOrEqual(device.viewport.height * 0.75 + 1);
			});
		}
	});
}

test.describe('at 1440 × 900, the wheel', () => {
	test.use(DESKTOP);

	for (const timeline of TIMELINES) {
		test(`scrolls the page over the chart, and says once how to zoom: ${timeline}`, async ({
			page
		}) => {
			await visit(page, timeline);
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			const before = await axisLabels(page);
			const box = (await chart(page).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
			const hint = page.locator('.chart-frame [role="status"]');
			await page.mouse.wheel(0, 300);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
			await expect(hint).toHaveText('Use Ctrl + scroll to zoom');
			await expect(hint).toBeVisible();
			expect(await axisLabels(page)).toEqual(before);
			// it goes away, and does not come back for the next turn of the wheel
			await expect(hint).toBeHidden({ timeout: 5000 });
			await page.mouse.wheel(0, 100);
			await expect(hint).toBeHidden();
			await expect(hint).toHaveText('');
		});
	}

	test('with Ctrl zooms the chart and leaves the page where it is', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		await page.getByRole('button', { name: 'Fit all' }).click();
		const before = await axisLabels(page);
		const box = (await chart(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		const scrolled = await page.evaluate(() => window.scrollY);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => axisLabels(page)).not.toEqual(before);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
		await expect(page.locator('.chart-frame [role="status"]')).toBeHidden();
	});

	test('the help speaks of Ctrl + scroll and of the keys', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		const help = page.locator('p.keys');
		await expect(help).toContainText('Ctrl');
		await expect(help.locator('.key-help')).toBeVisible();
		await expect(help.locator('.touch-help')).toBeHidden();
	});
});

test.describe('at 390 × 844 on a touch screen', () => {
	test.use(PHONE);

	for (const timeline of TIMELINES) {
		test(`the help speaks of fingers and buttons, not keys: ${timeline}`, async ({ page }) => {
			await visit(page, timeline);
			const help = page.locator('p.keys');
			await expect(help).toBeVisible();
			const shown = await help.evaluate((p) => (p as HTMLElement).innerText);
			expect(shown).toMatch(/pinch/i);
			expect(shown).toMatch(/two fingers/i);
			expect(shown).toMatch(/buttons/i);
			expect(shown).not.toMatch(/Ctrl|⌘|Shift|Home|Enter|Esc|←/);
		});
	}

	test('one finger scrolls the page over the chart; the axis stays', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		const before = await axisLabels(page);
		const box = (await chart(page).boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const x = box.x + box.width / 2;
		const y = box.y + Math.min(box.height - 10, 300);
		await cdp.send('Input.synthesizeScrollGesture', {
			x,
			y,
			yDistance: -300,
			gestureSourceType: 'touch'
		});
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		expect(await axisLabels(page)).toEqual(before);
	});
});
