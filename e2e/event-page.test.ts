import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BASE_PATH, BASE_PORT, FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';

const summit = `${FIXTURE_ORIGIN}/fixture-talks/events/anchorage-summit/`;
const panel = (page: Page) =>
	page.getByRole('region', { name: 'Trump and Putin meet in Anchorage' });

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
	const text = await page.locator('script[type="application/ld+json"]').textContent();
	return JSON.parse(text ?? '');
}

test('a cold deep link opens the event with everything the data has', async ({ page }) => {
	await visit(page, summit);
	const region = panel(page);
	await expect(region).toBeVisible();
	await expect(region.getByRole('heading', { level: 1 })).toHaveText(
		'Trump and Putin meet in Anchorage'
	);
	await expect(region.getByText('Summit', { exact: true })).toBeVisible();
	await expect(region.getByText('Occurred', { exact: true })).toBeVisible();
	// the first line under the title says when, in one short line
	await expect(
		region.getByText('Fri 15 Aug 2025, 11:26 – about 14:30 Anchorage time')
	).toBeVisible();
	await expect(
		region.getByText('the wire: talks from 11:26 local time, about three hours')
	).toBeVisible();
	await expect(region.getByText("“Friday's summit”")).toBeVisible();
	await expect(region.getByText('2025-08-15T11:26:00/2025-08-15T14:30:00~')).toBeVisible();

	const times = region.getByRole('table', { name: /other time zones/ });
	await expect(times.getByRole('row', { name: /^UTC/ })).toContainText(
		'Fri 15 Aug 2025, 19:26 – about 22:30'
	);
	await expect(times.getByRole('row', { name: /Moscow time.*Vladimir Putin/ })).toContainText(
		'Fri 15 Aug 2025, 22:26 – about Sat 16 Aug 2025, 01:30'
	);
	await expect(times.getByRole('row', { name: /New York time.*Donald Trump/ })).toContainText(
		'15:26'
	);
	// the reader's clock (the test browser runs in Europe/London) is added in the browser
	await expect(times.getByRole('row', { name: /^Your clock \(UTC\+1\)/ })).toContainText(
		'Fri 15 Aug 2025, 20:26 – about 23:30'
	);

	await expect(region.getByText('Joint Base Elmendorf–Richardson, Anchorage')).toBeVisible();
	await expect(
		region.getByRole('listitem').filter({ hasText: 'Vladimir Putin, visitor' })
	).toBeVisible();
	await expect(region.getByText(/Volodymyr Zelenskyy, subject/)).toBeVisible();
	await expect(
		region.getByText(
			'Donald Trump says there is no deal until there is a deal — per The Test Gazette'
		)
	).toBeVisible();
	await expect(
		region.getByText('“The summit in Alaska ended without an agreement on a ceasefire.”')
	).toBeVisible();
	await expect(
		region.getByRole('link', { name: 'Leaders talk across three time zones' }).first()
	).toHaveAttribute('href', 'https://example.com/gazette/talks');
	await expect(
		region.getByRole('link', { name: 'Trump announces a summit' }).first()
	).toBeVisible();
	await expect(region.getByText('Followed by:')).toBeVisible();
	await expect(region.getByText('040, 043')).toBeVisible();
	await expect(region.getByText('CONSULT, mode visit')).toBeVisible();
	// focus moved into the panel
	await expect(region.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the chain of attribution reads from the speaker to the publication', async ({ page }) => {
	await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`);
	await expect(
		page.getByText(
			'Donald Trump says Putin accepted Western troops in Ukraine — per four European officials, per The Wall Street Journal'
		)
	).toBeVisible();
	await expect(
		page.getByText(
			'The event itself is known per four European officials, per The Wall Street Journal.'
		)
	).toBeVisible();
});

test('the JSON-LD parses as a schema.org Event with status, place, attendees and articles', async ({
	page
}) => {
	await visit(page, summit);
	const ld = await jsonLd(page);
	expect(ld['@context']).toBe('https://schema.org');
	expect(ld['@type']).toBe('Event');
	expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
	expect(ld.startDate).toBe('2025-08-15T11:26:00-08:00');
	expect(ld.location).toMatchObject({
		'@type': 'Place',
		name: 'Joint Base Elmendorf–Richardson, Anchorage'
	});
	expect(ld.attendee).toEqual(
		expect.arrayContaining([expect.objectContaining({ '@type': 'Person', name: 'Vladimir Putin' })])
	);
	const subjects = ld.subjectOf as { '@type': string; headline?: string }[];
	expect(subjects.filter((s) => s['@type'] === 'NewsArticle').map((s) => s.headline)).toEqual([
		'Leaders talk across three time zones',
		'Kremlin on the meeting'
	]);

	await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/events/trilateral-proposed/`);
	const proposed = await jsonLd(page);
	expect(proposed.eventStatus, 'schema.org has no status for a mere proposal').toBeUndefined();
});

test('the head has its own title, description, canonical URL, Open Graph and X card tags', async ({
	page,
	request
}) => {
	await visit(page, summit);
	await expect(page).toHaveTitle(
		'Trump and Putin meet in Anchorage — Fixture: talks across time zones'
	);
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	const description = await meta('meta[name="description"]');
	expect(description).toContain('The two presidents meet at the air base');
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical).toMatch(/^https?:\/\/[^/]+\/fixture-talks\/events\/anchorage-summit\/$/);
	expect(await meta('meta[property="og:url"]')).toBe(canonical);
	expect(await meta('meta[property="og:title"]')).toBe(await page.title());
	expect(await meta('meta[property="og:description"]')).toBe(description);
	expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
	const image = await meta('meta[property="og:image"]');
	expect(image).toBe(`${canonical}og.png`);
	// X reads the title, description and image from Open Graph; the alt text it is told again
	expect(await meta('meta[name="twitter:image:alt"]')).toBe(
		await meta('meta[property="og:image:alt"]')
	);
	// each once: the served tags are not also the page's (hydration would add or keep a second set)
	expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
	expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
	expect(await page.locator('title').count()).toBe(1);
	const served = await request.get(`${FIXTURE_ORIGIN}${new URL(image ?? '').pathname}`);
	expect(served.status()).toBe(200);
	expect(served.headers()['content-type']).toBe('image/png');
});

test('moving to the next event in the app leaves a head that describes that event only', async ({
	page
}) => {
	await visit(page, summit);
	await page.getByRole('link', { name: /Next/ }).first().click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trump calls European leaders');
	await expect(page).toHaveTitle('Trump calls European leaders — Fixture: talks across time zones');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/fixture-talks\/events\/call-with-europeans\/$/
	);
	// the served description, Open Graph tags and JSON-LD were the summit's: they went with it
	await expect(
		page.locator('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')
	).toHaveCount(0);
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);

	// and Back, to the page first served, keeps a single title and canonical link
	await page.goBack();
	await expect(page).toHaveTitle(
		'Trump and Putin meet in Anchorage — Fixture: talks across time zones'
	);
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/\/fixture-talks\/events\/anchorage-summit\/$/
	);
});

test.describe('the whole timeline under an event', () => {
	test.use({ viewport: { width: 360, height: 640 } });
	const chartIn = (page: Page) => page.locator('.whole-timeline [data-timeline-chart]');

	test('is drawn when a reader who opened the event cold comes near it', async ({ page }) => {
		await visit(page, summit);
		const top = await page
			.locator('.whole-timeline')
			.evaluate((el) => el.getBoundingClientRect().top);
		// on a phone the event fills more than two screens: the timeline waits below them
		expect(top).toBeGreaterThan(2 * 640);
		await page.waitForTimeout(500);
		await expect(chartIn(page)).toHaveCount(0);
		await page.locator('.whole-timeline').scrollIntoViewIfNeeded();
		await expect(chartIn(page)).toHaveAttribute('data-rendered', 'true');
	});

	test('is drawn when the keyboard reaches the events around this one', async ({ page }) => {
		await visit(page, summit);
		await page
			.getByRole('complementary', { name: 'Events around this one' })
			.getByRole('link')
			.first()
			.focus();
		await expect(chartIn(page)).toHaveAttribute('data-rendered', 'true');
	});

	test('is drawn at once when the reader moves here from another event', async ({ page }) => {
		await visit(page, summit);
		await page
			.getByRole('navigation', { name: 'Previous and next events', exact: true })
			.getByRole('link', { name: /Next/ })
			.click();
		await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`);
		await expect(chartIn(page)).toHaveAttribute('data-rendered', 'true');
	});
});

test('Escape closes the panel and returns to the timeline, keeping the filters', async ({
	page
}) => {
	await visit(page, `${summit}?actor=putin&q=talks`);
	await expect(panel(page).getByRole('heading', { level: 1 })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/?actor=putin&q=talks`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fixture: talks across time zones'
	);
});

test('the close link returns to the timeline, keeping the filters', async ({ page }) => {
	await visit(page, `${summit}?kind=summit`);
	await panel(page)
		.getByRole('link', { name: /^Close/ })
		.click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/?kind=summit`);
});

test('previous and next follow time order, and the filters in the URL', async ({ page }) => {
	await visit(page, summit);
	const nav = page.getByRole('navigation', { name: 'Previous and next events', exact: true });
	await expect(nav).toContainText('Event 3 of 5');
	await expect(nav.getByRole('link', { name: /Previous/ })).toContainText(
		'Trump announces a summit'
	);
	await nav.getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trump calls European leaders');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	// only events that occurred: the call and the proposal drop out; the neighbours come from the
	// chart's data, which the page loads anyway, and no other file
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
	});
	await visit(page, `${summit}?status=occurred`);
	await expect(nav).toContainText('Event 2 of 2 that match the filters');
	expect(fetched).toEqual(['/fixture-talks/chart.json']);
	await expect(nav.getByText('No later event')).toBeVisible();
	await nav.getByRole('link', { name: /Previous/ }).click();
	await expect(page).toHaveURL(
		`${FIXTURE_ORIGIN}/fixture-talks/events/summit-announced/?status=occurred`
	);
	await expect(nav).toContainText('Event 1 of 2 that match the filters');
	await expect(nav.getByText('No earlier event')).toBeVisible();
});

test('a timeline page that carries its chart fetches no chart data for its events', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/chart.json')) fetched.push(new URL(r.url()).pathname);
	});
	await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/`);
	// details beside the chart, then the event's own page: both reuse the data the page holds
	await page.locator('.event-list a[href$="/events/anchorage-summit/"]').click();
	await expect(panel(page)).toBeVisible();
	await panel(page).getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trump calls European leaders');
	// a page opened cold fetches it once
	await expect.poll(() => fetched).toEqual(['/fixture-talks/chart.json']);
});

test('related links, back and forward and a reload all agree', async ({ page }) => {
	await visit(page, summit);
	await panel(page).getByRole('link', { name: 'Trump announces a summit', exact: true }).click();
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/summit-announced/`);
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveText('Trump announces a summit');
	// the chart follows the new event, but the reader did not move it: no window in the address,
	// once the chart has settled (it writes the address 400 ms after a move)
	await page.waitForTimeout(800);
	expect(page.url()).toBe(`${FIXTURE_ORIGIN}/fixture-talks/events/summit-announced/`);
	await page.goBack();
	await expect(page).toHaveURL(summit);
	await expect(title).toHaveText('Trump and Putin meet in Anchorage');
	await page.goForward();
	await expect(title).toHaveText('Trump announces a summit');
	await page.reload();
	await expect(title).toHaveText('Trump announces a summit');
	await expect(page.getByRole('region', { name: 'Trump announces a summit' })).toBeVisible();
});

test('the event page is read without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		timezoneId: 'Europe/London'
	});
	const page = await context.newPage();
	const response = await page.goto(summit);
	expect(response?.status()).toBe(200);
	const region = panel(page);
	await expect(region.getByRole('heading', { level: 1 })).toHaveText(
		'Trump and Putin meet in Anchorage'
	);
	const times = region.getByRole('table', { name: /other time zones/ });
	await expect(times.getByRole('row', { name: /^UTC/ })).toBeVisible();
	await expect(times.getByRole('row', { name: /your clock/i })).toHaveCount(0);
	await expect(region.getByRole('textbox', { name: 'Link to this event' })).toHaveValue(
		/\/fixture-talks\/events\/anchorage-summit\/$/
	);
	await expect(region.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	await region
		.getByRole('navigation', { name: 'Previous and next events', exact: true })
		.getByRole('link', { name: /Next/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trump calls European leaders');
	await context.close();
});

test('a former id redirects to the event, keeping the query', async ({ page }) => {
	await page.goto(`${FIXTURE_ORIGIN}/fixture-talks/events/alaska-meeting/?kind=summit`);
	await expect(page).toHaveURL(`${summit}?kind=summit`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Trump and Putin meet in Anchorage'
	);
});

test('a former id redirects without JavaScript too, and its page links and points to the event', async ({
	browser,
	request
}) => {
	const alias = `${FIXTURE_ORIGIN}/fixture-talks/events/witkoff-in-moscow/`;
	const target = `${FIXTURE_ORIGIN}/fixture-talks/events/envoy-meets-putin/`;
	const html = await (await request.get(alias)).text();
	const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
	expect(new URL(refresh ?? '', alias).href).toBe(target);
	expect(html).toContain(
		'<link rel="canonical" href="http://localhost:4173/fixture-talks/events/envoy-meets-putin/">'
	);
	const link = /<a href="([^"]+)">Envoy meets Putin in Moscow<\/a>/.exec(html)?.[1];
	expect(new URL(link ?? '', alias).href).toBe(target);
	expect(html, 'the redirect page loads no app code').not.toContain('_app/');

	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${FIXTURE_ORIGIN}/fixture-talks/events/witkoff-in-moscow/`);
	await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/events/envoy-meets-putin/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envoy meets Putin in Moscow');
	await context.close();
});

test('the open panel has no axe violations', async ({ page }) => {
	await visit(page, summit);
	await expect(panel(page)).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

// the shipped timelines: whatever their content, each event has a working page
const shipped = readdirSync('data/timelines')
	.filter((n) => n.endsWith('.json'))
	.map(
		(n) =>
			JSON.parse(readFileSync(`data/timelines/${n}`, 'utf8')) as {
				id: string;
				events: { id: string; title: string }[];
			}
	);

for (const timeline of shipped) {
	test(`the first event of ${timeline.id} has a page, also under a base path`, async ({ page }) => {
		const event = timeline.events[0]!;
		await visit(page, `/${timeline.id}/events/${event.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		expect((await jsonLd(page))['@type']).toBe('Event');

		const origin = `http://127.0.0.1:${BASE_PORT}`;
		await visit(page, `${origin}${BASE_PATH}/${timeline.id}/events/${event.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
			new RegExp(`^https?://[^/]+${BASE_PATH}/${timeline.id}/events/${event.id}/$`)
		);
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) =>
				links.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href)
			);
		for (const href of hrefs.filter((h) => h.startsWith(origin))) {
			expect(new URL(href).pathname).toMatch(new RegExp(`^${BASE_PATH}/`));
		}
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(`${origin}${BASE_PATH}/${timeline.id}/`);
	});
}

test.describe('a reader in one of the listed zones', () => {
	test.use({ timezoneId: 'America/New_York' });
	test('sees the row that matches their clock marked, not repeated', async ({ page }) => {
		await visit(page, summit);
		const times = panel(page).getByRole('table', { name: /other time zones/ });
		await expect(
			times.getByRole('row', { name: /New York time.*home of Donald Trump; as on your clock/ })
		).toBeVisible();
		await expect(times.getByRole('row', { name: /New York time/ })).toHaveCount(1);
		await expect(times.getByRole('row', { name: /^Your clock/ })).toHaveCount(0);
	});
});
