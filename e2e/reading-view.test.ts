/**
 * The reader's view of the chart in the link, at a desktop's 1440 × 900 and a phone's 390 × 844:
 * the zone menu offers every zone the events use (to compare Moscow and Washington times), the
 * reader's and UTC; lanes, zone and zoom go into the address and come back when it is opened.
 */
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';
import { READERS } from './readers';

const chart = (page: Page) => page.locator('svg.chart');
const axisLabels = (page: Page) => chart(page).locator('.axis text.tick').allTextContents();
const zoneMenu = (page: Page) => page.getByRole('combobox', { name: 'Times' });

async function open(page: Page, url: string): Promise<void> {
	await visit(page, url);
	await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
}

for (const [name, device] of READERS) {
	test.describe(`the view in the link, at ${name}`, () => {
		test.use(device);

		test('the zone menu offers each zone the events use, the reader’s and UTC', async ({
			page
		}) => {
			await open(page, '/alaska-summit-2025/');
			const values = await zoneMenu(page)
				.locator('option')
				.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			expect(values[0]).toBe('event');
			expect(values.slice(-2)).toEqual(['viewer', 'utc']);
			for (const zone of ['America/New_York', 'Europe/Moscow', 'America/Anchorage']) {
				expect(values, zone).toContain(zone);
			}
			// no zone twice
			expect(new Set(values).size).toBe(values.length);
		});

		test('comparing Moscow and New York times: the axis follows the menu', async ({ page }) => {
			await open(page, '/alaska-summit-2025/');
			const context = chart(page).locator('.axis text.context');
			await zoneMenu(page).selectOption('Europe/Moscow');
			await expect(context).toContainText('Moscow time');
			await zoneMenu(page).selectOption('America/New_York');
			await expect(context).toContainText('New York time');
			// the list converts times to the zone chosen, and says so
			await expect(page.locator('.event-list').first()).toContainText('New York time');
		});

		test('lanes, zone and zoom go into the link and come back with it', async ({ page }) => {
			await open(page, '/alaska-summit-2025/');
			await zoneMenu(page).selectOption('Europe/Moscow');
			await page.getByText('By kind', { exact: true }).click();
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
			await expect(page).toHaveURL(/[?&]tz=Europe\/Moscow(&|$)/);
			await expect(page).toHaveURL(/[?&]lanes=kind(&|$)/);
			await expect(page).toHaveURL(/[?&]view=\d{4}-\d\d-\d\dT\d\d:\d\dZ\.\.\d{4}-/);
			const labels = await axisLabels(page);
			const link = page.url();
			// a new reader opening the link sees the same view
			const other = await page.context().newPage();
			await open(other, link);
			await expect(zoneMenu(other)).toHaveValue('Europe/Moscow');
			await expect(other.getByRole('radio', { name: 'By kind' })).toBeChecked();
			expect(await axisLabels(other)).toEqual(labels);
			await other.close();
		});

		test('the view stays in the link through the filters and a chosen event', async ({ page }) => {
			await open(page, `${FIXTURE_ORIGIN}/fixture-talks/?tz=utc&lanes=single`);
			await expect(zoneMenu(page)).toHaveValue('utc');
			await expect(page.getByRole('radio', { name: 'One lane' })).toBeChecked();
			const mark = chart(page).locator('a.mark[tabindex="0"]');
			const id = (await mark.getAttribute('data-event'))!;
			await mark.locator('.glyph').click();
			await expect(page).toHaveURL(new RegExp(`/events/${id}/\\?lanes=single&tz=utc$`));
		});

		test('a link with a view it cannot read opens the usual view', async ({ page }) => {
			await open(page, '/alaska-summit-2025/');
			const usual = await axisLabels(page);
			await open(page, '/alaska-summit-2025/?tz=Mars/Base&lanes=sideways&view=soon..later');
			await expect(zoneMenu(page)).toHaveValue('event');
			await expect(page.getByRole('radio', { name: 'By side' })).toBeChecked();
			expect(await axisLabels(page)).toEqual(usual);
		});
	});
}
