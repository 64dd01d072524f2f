import { BASE_PATH, BASE_PORT } from '../playwright.config';
import { expect, test, visit } from './fixtures';

const origin = `http://127.0.0.1:${BASE_PORT}`;

test('a build under a base path keeps every request and link under it', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.origin === origin && !url.pathname.startsWith(`${BASE_PATH}/`)) outside.push(req.url());
	});
	await visit(page, `${origin}${BASE_PATH}/`);
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	const local = hrefs.filter((h) => h.startsWith(origin));
	expect(local.length).toBeGreaterThan(0);
	for (const href of local) expect(new URL(href).pathname).toMatch(new RegExp(`^${BASE_PATH}/`));

	await page.getByRole('link', { name: /Trump–Putin summit in Alaska/ }).click();
	await expect(page).toHaveURL(`${origin}${BASE_PATH}/alaska-summit-2025/`);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Alaska');
	expect(outside).toEqual([]);
});
