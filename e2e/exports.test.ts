import ICAL from 'ical.js';
import { BASE_PATH, BASE_PORT } from '../playwright.config';
import { validateTimelineText } from '../src/lib/data/validate';
import { parseCsv } from '../src/lib/export/test-csv';
import { eventSpan, pointSpan } from '../src/lib/time/dates';
import { sortByHeading } from '../src/lib/time/headings';
import { expect, test, visit } from './fixtures';
import { exportedTimeline, timelineIds } from './pdf';

const EXPORTS = [
	{ link: /^Calendar/, ext: 'ics', type: 'text/calendar; charset=utf-8' },
	{ link: /^Spreadsheet/, ext: 'csv', type: 'text/csv; charset=utf-8' },
	{ link: /^Data/, ext: 'json', type: 'application/json; charset=utf-8' },
	{ link: /^TimelineJS/, ext: 'timelinejs.json', type: 'application/json; charset=utf-8' }
];

/** Local calendar date of an instant in a zone, `2025-08-15`. */
const localDay = (ms: number, zone: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(ms);

for (const id of timelineIds()) {
	test.describe(`the exports of ${id}`, () => {
		test('the timeline page links to each export, and each is served with its type', async ({
			page
		}) => {
			await visit(page, `/${id}/`);
			for (const e of EXPORTS) {
				const link = page.getByRole('link', { name: e.link });
				await expect(link).toHaveAttribute('download', `${id}.${e.ext}`);
				const href = await link.getAttribute('href');
				const res = await page.request.get(new URL(href ?? '', page.url()).toString());
				expect(res.status(), e.ext).toBe(200);
				expect(res.headers()['content-type'], e.ext).toBe(e.type);
			}
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Calendar/ }).click()
			]);
			expect(download.suggestedFilename()).toBe(`${id}.ics`);
		});

		test('the calendar parses with ical.js, and its dates and zones survive', async ({ page }) => {
			const timeline = await exportedTimeline(page, id);
			const ics = await (await page.request.get(`/${id}/export.ics`)).text();
			expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
			expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
			const calendar = new ICAL.Component(ICAL.parse(ics));
			const vevents = calendar.getAllSubcomponents('vevent');
			expect(vevents).toHaveLength(timeline.events.length);
			for (const [i, vevent] of vevents.entries()) {
				const event = timeline.events[i];
				if (!event) continue;
				const parsed = new ICAL.Event(vevent);
				expect(parsed.uid).toBe(`${event.id}@${timeline.id}`);
				expect(parsed.summary).toBe(event.title);
				expect(parsed.description).toContain(event.summary);
				expect(String(vevent.getFirstPropertyValue('url'))).toMatch(
					new RegExp(`/${timeline.id}/events/${event.id}/$`)
				);
				const span = eventSpan(event.date);
				const { zone } = event.date;
				if (parsed.startDate.isDate) {
					expect(parsed.startDate.toString(), event.id).toBe(localDay(span.start, zone));
					expect(parsed.endDate.toString(), event.id).toBe(localDay(span.end, zone));
				} else {
					const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
					expect(tzid ?? 'UTC', event.id).toBe(zone);
					expect(parsed.startDate.toUnixTime() * 1000, event.id).toBe(span.start);
					if (event.date.end) {
						const end =
							event.date.end.precision === 'minute'
								? pointSpan(event.date.end, zone).start
								: span.end;
						expect(parsed.endDate.toUnixTime() * 1000, event.id).toBe(end);
					}
				}
			}
		});

		test('the CSV parses as RFC 4180 and matches the events', async ({ page }) => {
			const timeline = await exportedTimeline(page, id);
			const csv = await (await page.request.get(`/${id}/export.csv`)).text();
			expect(csv.startsWith('\uFEFF')).toBe(true);
			const [header = [], ...rows] = parseCsv(csv.slice(1));
			expect(rows).toHaveLength(timeline.events.length);
			const col = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
			for (const [i, event] of timeline.events.entries()) {
				const row = rows[i];
				expect(col(row, 'id')).toBe(event.id);
				expect(col(row, 'title')?.replace(/^'/, '')).toBe(event.title);
				expect(col(row, 'status')).toBe(event.status);
				expect(col(row, 'zone')).toBe(event.date.zone);
				expect(Date.parse(col(row, 'start_utc') ?? '')).toBe(eventSpan(event.date).start);
				expect(Date.parse(col(row, 'start_local') ?? '')).toBe(eventSpan(event.date).start);
				expect(col(row, 'url')).toMatch(new RegExp(`/${timeline.id}/events/${event.id}/$`));
			}
		});

		test('the JSON is the validated timeline, every event in the order the list heads it', async ({
			page
		}) => {
			const text = await (await page.request.get(`/${id}/export.json`)).text();
			const { timeline, problems } = validateTimelineText(text, 'export.json');
			expect(problems).toEqual([]);
			const events = timeline?.events ?? [];
			expect(events.map((e) => e.id)).toEqual(sortByHeading(events).map((e) => e.id));
			expect(timeline?.id).toBe(id);
		});

		test('under a base path, the exports live under it and link under it', async ({ page }) => {
			const origin = `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`;
			await visit(page, `${origin}/${id}/`);
			const href = await page.getByRole('link', { name: /^Calendar/ }).getAttribute('href');
			const url = new URL(href ?? '', page.url());
			expect(url.pathname).toBe(`${BASE_PATH}/${id}/export.ics`);
			const ics = await (await page.request.get(url.toString())).text();
			expect(ics.replace(/\r\n /g, '')).toMatch(
				new RegExp(`^URL:https?://[^/]+${BASE_PATH}/${id}/events/`, 'm')
			);
			await visit(page, `${origin}/${id}/print/`);
			const back = await page
				.getByRole('link', { name: 'Back to the timeline' })
				.getAttribute('href');
			expect(new URL(back ?? '', page.url()).pathname).toMatch(
				new RegExp(`^${BASE_PATH}/${id}/?$`)
			);
		});
	});
}
