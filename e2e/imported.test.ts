/**
 * Timelines imported from TimelineJS, built and opened like any other: the fixture build imports
 * the samples in fixtures/timelinejs with the importer (e2e/fixture-timelines.ts). Their dates read
 * at their own precision, their groups are lanes, no markup from the file reaches a page, and no
 * page loads anything from the addresses the file named.
 */
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';

const IRAN = `${FIXTURE_ORIGIN}/imported-iran-deal`;
const GRAIN = `${FIXTURE_ORIGIN}/imported-grain-deal`;

/** Every address the page requests outside the fixture site, from now on. */
function requestsElsewhere(page: Page): string[] {
	const elsewhere: string[] = [];
	page.on('request', (req) => {
		if (!req.url().startsWith(FIXTURE_ORIGIN)) elsewhere.push(req.url());
	});
	return elsewhere;
}

test('an imported timeline reads with its lanes, its dates at their precision, and says it was imported', async ({
	page
}) => {
	const elsewhere = requestsElsewhere(page);
	await visit(page, `${IRAN}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The Iran nuclear deal, from Geneva to Vienna'
	);
	await expect(
		page.getByText(/imported from TimelineJS file “iran-nuclear-deal\.json”/i).first()
	).toBeVisible();
	// one lane per group, and one for the events without a group
	for (const side of ['Iran', 'E3 and EU', 'United States', 'Ungrouped']) {
		await expect(page.locator('svg').getByText(side, { exact: true }).first()).toBeAttached();
	}
	// dates as precise as the file wrote them, no more
	for (const text of ['Tue 14 Jul 2015, 10:30', 'Tue 8 May 2018, 14:00–15:00', 'May 2019']) {
		await expect(page.getByText(text).first()).toBeAttached();
	}
	await expect(page.getByText(/^2020\b/).first()).toBeAttached();
	expect(elsewhere).toEqual([]);
});

test('an imported event cites the file without quotation marks, and its media and links', async ({
	page
}) => {
	const elsewhere = requestsElsewhere(page);
	await visit(page, `${IRAN}/events/vienna-agreement/`);
	const region = page.getByRole('region', { name: 'Agreement reached in Vienna' });
	await expect(region).toBeVisible();
	await expect(
		region.getByText(
			'The Joint Comprehensive Plan of Action is announced at the United Nations in Vienna.'
		)
	).toBeVisible();
	await expect(region.getByText(/Tue 14 Jul 2015, 10:30 UTC/).first()).toBeVisible();
	await expect(region.getByText(/read as UTC time/).first()).toBeVisible();
	// the media and the credit's link are sources, linked, never loaded
	await expect(region.getByRole('link', { name: /The announcement/ }).first()).toHaveAttribute(
		'href',
		'https://www.youtube.com/watch?v=abcdefghijk'
	);
	await expect(region.locator('a[href="https://www.un.org/"]').first()).toBeAttached();
	await expect(region.locator('img, iframe, video, audio, object, embed')).toHaveCount(0);
	// the file is cited, not quoted
	// (the imported notice names the file too, in quotation marks of its own)
	const fileCitation = region
		.getByText(/iran-nuclear-deal\.json/)
		.and(page.locator(':not([role="note"])'))
		.first();
	await expect(fileCitation).toBeVisible();
	expect(await fileCitation.textContent()).not.toMatch(/[“”]/);
	expect(elsewhere).toEqual([]);
});

test('no markup from the file reaches a page: its HTML is text, inert', async ({ page }) => {
	await visit(page, `${IRAN}/events/talks-in-vienna-to-revive-the-deal/`);
	const main = page.locator('main');
	await expect(main.locator('blockquote cite, em, script')).toHaveCount(0);
	const html = await main.innerHTML();
	expect(html).not.toContain('<blockquote>We are closer');
	await visit(page, `${GRAIN}/events/first-ship-leaves-odesa/`);
	await expect(
		page
			.getByText('The Razoni, carrying maize, sails for Tripoli, Lebanon.', { exact: false })
			.first()
	).toBeVisible();
	await expect(page.locator('main i')).toHaveCount(0);
});

test('a spreadsheet import keeps its times in the zone it was read in', async ({ page }) => {
	await visit(page, `${GRAIN}/events/deal-signed-in-istanbul/`);
	const region = page.getByRole('region', { name: 'Deal signed in Istanbul' });
	await expect(region.getByText(/Fri 22 Jul 2022, 16:30 Istanbul time/).first()).toBeVisible();
	await expect(region.getByText('22 July 2022, afternoon').first()).toBeVisible();
});

test('an imported timeline is compiled from its sources, with no main article to filter by', async ({
	page
}) => {
	await visit(page, `${IRAN}/`);
	await expect(page.getByText(/^Compiled from \d+ sources\.$/)).toBeVisible();
	// the file is not an article its events are reported in: nothing is "context" beside it
	await expect(page.getByText('In the article only')).toHaveCount(0);
	await expect(page.getByText('context, not in the article')).toHaveCount(0);
	// its event pages carry the same notice as the timeline page
	await visit(page, `${IRAN}/events/vienna-agreement/`);
	const region = page.getByRole('region', { name: 'Agreement reached in Vienna' });
	await expect(
		region.getByRole('note').filter({ hasText: /not yet sourced event by event/ })
	).toBeVisible();
	await expect(region.getByText(/main source/)).toHaveCount(0);
});
