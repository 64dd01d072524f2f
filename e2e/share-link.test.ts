import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';

const summit = `${FIXTURE_ORIGIN}/fixture-talks/events/anchorage-summit/`;

test('the copy button copies the address, filters included, and says so', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE_ORIGIN });
	await visit(page, `${summit}?actor=putin`);
	const field = page.getByRole('textbox', { name: 'Link to this event' });
	await expect(field).toHaveValue(`${summit}?actor=putin`);
	const status = page.getByRole('status').filter({ hasText: /copied|copy/i });
	await expect(status).toHaveCount(0);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })
	).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${summit}?actor=putin`);
});

test('the copied link follows in-app navigation to another event', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE_ORIGIN });
	await visit(page, summit);
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trump calls European leaders');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`
	);
});

test('the share button appears only where the browser has a share sheet', async ({ page }) => {
	await visit(page, summit);
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
});

test('the share button hands the title and address to the share sheet', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => void shared.push(data)
		});
	});
	await visit(page, summit);
	await page.getByRole('button', { name: /^Share/ }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
		.toEqual([{ title: 'Trump and Putin meet in Anchorage', url: summit }]);
});
