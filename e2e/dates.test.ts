/**
 * Honest dates on the fixture timeline built to break them (e2e/timelines/fixture-dates.json):
 * the list's headings in all three zone modes, the briefing, the spans and the exports. The
 * browser's zone is pinned to Europe/London, which is "your zone" here.
 */
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { parseCsv } from '../src/lib/export/test-csv';
import { expect, test, visit } from './fixtures';

const TIMELINE = `${FIXTURE_ORIGIN}/fixture-dates/`;

const COARSE = [
	'2024',
	'Thursday 29 February 2024',
	'11–14 August 2025',
	'Week of 18 August 2025',
	'Sometime between 19 August and 31 October 2025',
	'Wednesday 20 August 2025'
];
const HEADINGS = {
	event: [
		...COARSE,
		'Thursday 21 August 2025',
		'Wednesday 10 September 2025',
		'October 2025',
		'20–31 October 2025',
		'Wednesday 22 October 2025',
		'Saturday 25 October 2025',
		'Friday 31 October 2025'
	],
	// 07:30 in Auckland is still 20 August, and 02:30 in Moscow 9 September; 19:00 in Los Angeles
	// on 31 October is 1 November. The whole days stay where they are.
	utc: [
		...COARSE,
		'Tuesday 9 September 2025',
		'October 2025',
		'20–31 October 2025',
		'Wednesday 22 October 2025',
		'Saturday 25 October 2025',
		'Saturday 1 November 2025'
	],
	viewer: [
		...COARSE,
		'Wednesday 10 September 2025',
		'October 2025',
		'20–31 October 2025',
		'Wednesday 22 October 2025',
		'Saturday 25 October 2025',
		'Saturday 1 November 2025'
	]
};
/** The events in the list's order in their own zones, as the briefing and the exports give them. */
const ORDER = [
	'year-review',
	'leap-day-statement',
	'talks-range',
	'trilateral-week',
	'sometime-between',
	'auckland-day',
	'moscow-day',
	'auckland-morning-call',
	'moscow-early-call',
	'october-month',
	'budapest-fortnight',
	'la-day',
	'budapest-night',
	'la-last-day'
];

const headings = (page: Page) => page.locator('.event-list .days > li > h3').allTextContents();
const headingOf = (page: Page, id: string) =>
	page
		.locator(`.event-list li[data-id="${id}"]`)
		.evaluate((li) => li.closest('.days > li')?.querySelector('h3')?.textContent?.trim());

for (const mode of ['event', 'utc', 'viewer'] as const) {
	test(`the list heads each date at its own precision, zone mode ${mode}`, async ({ page }) => {
		await visit(page, TIMELINE);
		if (mode !== 'event') {
			await page.getByRole('combobox', { name: 'Times' }).selectOption(mode);
			await expect(page.locator('.event-list .note')).toContainText('not converted');
		}
		await expect.poll(() => headings(page)).toEqual(HEADINGS[mode]);
		// whole days in Auckland, Moscow and Los Angeles never move to another day
		expect(await headingOf(page, 'auckland-day')).toBe('Wednesday 20 August 2025');
		expect(await headingOf(page, 'moscow-day')).toBe('Wednesday 20 August 2025');
		expect(await headingOf(page, 'la-day')).toBe('Wednesday 22 October 2025');
		if (mode !== 'event') {
			const day = page.locator('.event-list li[data-id="moscow-day"] .other');
			await expect(day).toHaveText('A calendar date: the same in every zone, not converted');
			const time = page.locator('.event-list li[data-id="la-last-day"] .other');
			await expect(time).toContainText('= Sat 1 Nov 2025, 02:00');
		}
	});
}

test('each end of an event across the clock change has its own offset', async ({ page }) => {
	await visit(page, TIMELINE);
	const row = page.locator('.event-list li[data-id="budapest-night"] .meta').first();
	await expect(row).toContainText(
		'Sat 25 Oct 2025, 22:00 – Sun 26 Oct 2025, 04:00, Budapest time (GMT+2, GMT+1 from 26 Oct)'
	);
});

test('the index and the timeline page give the span in local days', async ({ page }) => {
	await visit(page, `${FIXTURE_ORIGIN}/`);
	await expect(page.locator('li', { hasText: 'Fixture: dates' }).locator('.meta')).toContainText(
		'1 Jan 2024 – 31 Oct 2025 ·'
	);
	await visit(page, TIMELINE);
	await expect(page.locator('p.span')).toContainText('1 Jan 2024 – 31 Oct 2025');
});

test('the briefing heads and orders the groups as the list does', async ({ page }) => {
	await visit(page, `${TIMELINE}print/`);
	const labels = await page
		.locator('.day-heading')
		.evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim() ?? ''));
	expect(labels).toEqual(HEADINGS.event);
	await expect(page.locator('.meta')).toContainText('1 Jan 2024 – 31 Oct 2025');
	await expect(page.locator('.briefing')).toContainText('Budapest time (GMT+2, GMT+1 from 26 Oct)');
});

test('the exports date every event at its precision, in the list order', async ({ page }) => {
	const ics = (await (await page.request.get(`${TIMELINE}export.ics`)).text()).replace(
		/\r\n /g,
		''
	);
	const dates = (id: string) => {
		const block = ics.slice(
			ics.indexOf(`UID:${id}@`),
			ics.indexOf('END:VEVENT', ics.indexOf(`UID:${id}@`))
		);
		return block.split('\r\n').filter((l) => /^DT(START|END)/.test(l));
	};
	const cases: [string, string[]][] = [
		['auckland-day', ['DTSTART;VALUE=DATE:20250820', 'DTEND;VALUE=DATE:20250821']],
		['moscow-day', ['DTSTART;VALUE=DATE:20250820', 'DTEND;VALUE=DATE:20250821']],
		['la-day', ['DTSTART;VALUE=DATE:20251022', 'DTEND;VALUE=DATE:20251023']],
		['leap-day-statement', ['DTSTART;VALUE=DATE:20240229', 'DTEND;VALUE=DATE:20240301']],
		['trilateral-week', ['DTSTART;VALUE=DATE:20250818', 'DTEND;VALUE=DATE:20250825']],
		['october-month', ['DTSTART;VALUE=DATE:20251001', 'DTEND;VALUE=DATE:20251101']],
		['year-review', ['DTSTART;VALUE=DATE:20240101', 'DTEND;VALUE=DATE:20250101']],
		['talks-range', ['DTSTART;VALUE=DATE:20250811', 'DTEND;VALUE=DATE:20250815']],
		[
			'budapest-night',
			['DTSTART;TZID=Europe/Budapest:20251025T220000', 'DTEND;TZID=Europe/Budapest:20251026T040000']
		]
	];
	for (const [id, expected] of cases) expect(dates(id), id).toEqual(expected);

	const csv = await (await page.request.get(`${TIMELINE}export.csv`)).text();
	const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
	const col = (name: string) => header.indexOf(name);
	expect(rows.map((r) => r[col('id')])).toEqual(ORDER);
	const row = (id: string) => rows.find((r) => r[col('id')] === id) ?? [];
	expect(row('trilateral-week')[col('edtf')]).toBe('2025-08-18/2025-08-24');
	expect(row('sometime-between')[col('edtf')]).toBe('[2025-08-19..2025-10-31]');
	expect(row('budapest-fortnight')[col('date')]).toContain('GMT+2, GMT+1 from 26 Oct');

	const json = (await (await page.request.get(`${TIMELINE}export.json`)).json()) as {
		events: { id: string }[];
	};
	expect(json.events.map((e) => e.id)).toEqual(ORDER);
});

test("an event page says in a sentence why a whole day's date is not converted", async ({
	page
}) => {
	await visit(page, `${TIMELINE}events/moscow-day/`);
	await expect(page.locator('p.note').filter({ hasText: 'not converted' })).toHaveText(
		/^The date is given to the day: a calendar date where it happened/
	);
});
