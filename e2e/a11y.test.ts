/**
 * Accessibility: axe-core on one page of every kind of route (found in the build), in light and
 * dark themes, at desktop and phone widths; and a keyboard-only journey from the landing page to
 * copying an event's link.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures';
import { checkEach, pagesOfEachKind } from './routes';

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [1280, 360]) {
		test.describe(`${colorScheme} theme at ${width} px`, () => {
			test.use({ colorScheme, viewport: { width, height: 900 } });

			test('axe finds no violations on any kind of page', async ({ page, pageProblems }) => {
				// a redirect page only hands over; the page it opens is checked in its own right
				const pages = await pagesOfEachKind((p) => p.kind === 'page');
				// axe takes seconds a page, more on a busy machine: the limit only stops a hung run
				test.setTimeout(30_000 + pages.length * 30_000);
				await checkEach(page, pageProblems, pages, async (built) => {
					const { violations } = await new AxeBuilder({ page }).analyze();
					const found = violations.map(
						(v) =>
							`${v.id} (${v.impact}): ${v.help} — ${v.nodes
								.slice(0, 3)
								.map((n) => n.target.join(' '))
								.join('; ')}`
					);
					expect.soft(found, `axe on ${built.path}`).toEqual([]);
				});
			});
		});
	}
}

/**
 * Presses Tab until the focused element matches the selector (and, if given, has text matching
 * `text`); fails after `limit` presses.
 */
async function tabTo(page: Page, selector: string, text?: RegExp, limit = 100): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const there = await page.evaluate(
			([s, t]) => {
				const el = document.activeElement;
				return !!el?.matches(s) && (!t || new RegExp(t).test(el.textContent ?? ''));
			},
			[selector, text?.source ?? ''] as const
		);
		if (there) return;
	}
	throw new Error(`${limit} presses of Tab never reached ${selector} ${text ?? ''}`);
}

test.describe('keyboard only', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a reader goes from the landing page to copying an event link, by keyboard alone', async ({
		page
	}) => {
		await visit(page, '/');
		await tabTo(page, 'main a[href]');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/[a-z0-9-]+\/$/);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });

		await tabTo(page, 'a[href*="events/"]');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
		const eventUrl = page.url();

		await tabTo(page, 'button', /^\s*Copy link\s*$/);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(eventUrl);
	});
});
