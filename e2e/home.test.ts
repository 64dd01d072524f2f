import { expect, test, visit } from './fixtures';

test('the home page lists every timeline with a working link', async ({ page }) => {
	await visit(page, '/');
	await expect(page).toHaveTitle(/Diplomatic timelines/);
	const link = page.getByRole('link', { name: /Trump–Putin summit in Alaska/ });
	await expect(link).toBeVisible();
	await expect(page.getByText(/\d+ events?/).first()).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/alaska-summit-2025\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Alaska');
});

test('the home page works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('link', { name: /Trump–Putin summit in Alaska/ })).toBeVisible();
	await context.close();
});
