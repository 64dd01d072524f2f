import { BASE_PATH, BASE_PORT, FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';

// a missing page answers 404, and the browser logs the failed load: both are expected here
const expect404 = (allow: (re: RegExp) => void) => {
	allow(/HTTP 404/);
	allow(/status of 404/);
};

test('an unknown event id gives a 404 page with a way back and a search', async ({
	page,
	pageProblems
}) => {
	expect404(pageProblems.allow);
	const response = await page.goto(
		`${FIXTURE_ORIGIN}/fixture-talks/events/secret-summit-in-geneva/`
	);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(
		page.getByText('The timeline has no event "secret-summit-in-geneva".')
	).toBeVisible();
	const search = page.getByRole('search', { name: 'Search Fixture: talks across time zones' });
	await expect(search.getByRole('searchbox')).toHaveValue('secret summit in geneva');
	await search.getByRole('searchbox').fill('summit');
	await search.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/?q=summit`);
});

test('an unknown timeline id gives a 404 page that links to every timeline', async ({
	page,
	pageProblems
}) => {
	expect404(pageProblems.allow);
	const response = await page.goto(`${FIXTURE_ORIGIN}/no-such-timeline/events/anything/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByText('There is no timeline "no-such-timeline".')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Fixture: talks across time zones' }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fixture: talks across time zones'
	);
});

test('the 404 page works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto(`${FIXTURE_ORIGIN}/fixture-talks/events/gone/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Back to Fixture: talks across time zones' }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/`);
	await context.close();
});

test('the 404 page keeps its styles and links under a base path, at any depth', async ({
	page,
	pageProblems
}) => {
	expect404(pageProblems.allow);
	const origin = `http://127.0.0.1:${BASE_PORT}`;
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && !r.url().endsWith('/deep/er/still/')) failed.push(r.url());
	});
	const response = await page.goto(`${origin}${BASE_PATH}/deep/er/still/`);
	expect(response?.status()).toBe(404);
	expect(failed, 'every style sheet and asset loads').toEqual([]);
	// the site's style sheet applied: the skip link is moved off screen
	const skip = page.getByRole('link', { name: 'Skip to content' });
	expect(await skip.evaluate((a) => getComputedStyle(a).position)).toBe('absolute');
	const hrefs = await page
		.locator('a[href]:not([href^="#"])')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(1);
	for (const href of hrefs) expect(new URL(href).pathname).toMatch(new RegExp(`^${BASE_PATH}/`));
	await page.getByRole('link', { name: 'All timelines' }).click();
	await expect(page).toHaveURL(`${origin}${BASE_PATH}/`);
});

test('a dead link followed inside the app ends on the 404 page with its ways back', async ({
	page,
	pageProblems
}) => {
	expect404(pageProblems.allow);
	// requests in flight (the router's data request, the icon) are cut short when the app reloads
	// into the host's 404 page
	pageProblems.allow(/net::ERR_ABORTED/);
	await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/events/anchorage-summit/`);
	// a link the app does not know: the router handles the click, as it would a stale link
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/fixture-talks/events/renamed-long-ago/';
		a.textContent = 'An old link';
		document.querySelector('main')?.prepend(a);
	});
	await page.getByRole('link', { name: 'An old link' }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/renamed-long-ago/`);
	await expect(page.getByText('The timeline has no event "renamed-long-ago".')).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Back to Fixture: talks across time zones' })
	).toBeVisible();
});
