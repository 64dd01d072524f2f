/**
 * The TimelineJS export, opened by TimelineJS itself: the @knight-lab/timelinejs package's own
 * build runs in the browser on a page this test serves (from node_modules, at an origin of its
 * own, so the site's Content Security Policy is not in the way), loads the exported file, and
 * makes one slide per event plus the title slide.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN, HOSTILE_PORT, HOSTILE_TIMELINES } from '../playwright.config';
import type { Timeline } from '../src/lib/data/schema';
import type { TimelineJsFile } from '../src/lib/export/timelinejs';
import { expect, test } from './fixtures';
import { IMPORTED_TIMELINES } from './fixture-timelines';
import { timelineIds } from './pdf';

const ORIGIN = 'http://timelinejs.test';
const DIST = 'node_modules/@knight-lab/timelinejs/dist';
const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.html': 'text/html',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/css/timeline.css">
<script src="/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 640px"></div></body>
</html>`;

/** Serves TimelineJS's dist folder and a page that loads it; every other address stays closed. */
async function serveTimelineJs(page: Page): Promise<void> {
	await page.route(`${ORIGIN}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/') {
			await route.fulfill({ contentType: 'text/html', body: PAGE });
			return;
		}
		const file = normalize(join(DIST, path));
		if (!file.startsWith(DIST)) {
			await route.fulfill({ status: 404 });
			return;
		}
		try {
			const body = readFileSync(file);
			await route.fulfill({
				body,
				contentType: TYPES[extname(file)] ?? 'application/octet-stream'
			});
		} catch {
			await route.fulfill({ status: 404, body: `not in TimelineJS's dist: ${path}` });
		}
	});
}

/** Opens the file in TimelineJS and returns what it made of it. */
async function openInTimelineJs(page: Page, data: TimelineJsFile) {
	await serveTimelineJs(page);
	await page.goto(`${ORIGIN}/`);
	await page.evaluate((config) => {
		const w = window as unknown as {
			TL: { Timeline: new (id: string, data: unknown, options: unknown) => unknown };
			timeline: unknown;
		};
		w.timeline = new w.TL.Timeline('timeline-embed', config, {
			script_path: `${location.origin}/js/`,
			language: 'en',
			// its default font is a stylesheet on Google's servers; the test page stays offline
			font: ''
		});
	}, data);
	return page.evaluate(() => {
		const t = (
			window as unknown as {
				timeline: {
					config: {
						events: { unique_id: string; group?: string }[];
						messages: { errors: unknown[] };
					};
				};
			}
		).timeline;
		return {
			errors: t.config.messages.errors.map(String),
			ids: t.config.events.map((e) => e.unique_id),
			groups: t.config.events.map((e) => e.group ?? '')
		};
	});
}

async function fetchExport(page: Page, url: string): Promise<TimelineJsFile> {
	const res = await page.request.get(url);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
	return (await res.json()) as TimelineJsFile;
}

const SITES = [
	...timelineIds().map((id) => ({ id, origin: '' })),
	...IMPORTED_TIMELINES.map(({ id }) => ({ id, origin: FIXTURE_ORIGIN })),
	// script and markup in every text field: TimelineJS must show it as text, and run nothing
	...timelineIds(HOSTILE_TIMELINES).map((id) => ({
		id,
		origin: `http://127.0.0.1:${HOSTILE_PORT}`
	}))
];

for (const { id, origin } of SITES) {
	test(`TimelineJS loads the TimelineJS export of ${id} and makes a slide per event`, async ({
		page
	}) => {
		const timeline = (await (
			await page.request.get(`${origin}/${id}/export.json`)
		).json()) as Timeline;
		const data = await fetchExport(page, `${origin}/${id}/export.timelinejs.json`);
		const seen = await openInTimelineJs(page, data);
		expect(seen.errors).toEqual([]);
		// one slide per event, and the title slide
		await expect(page.locator('.tl-slide')).toHaveCount(timeline.events.length + 1);
		await expect(page.locator('.tl-timemarker')).toHaveCount(timeline.events.length);
		expect([...seen.ids].sort()).toEqual(timeline.events.map((e) => e.id).sort());
		// TimelineJS trims a group, and reads it as HTML: the text of our side's name comes back
		const words = (text: string) => text.replace(/\s+/g, ' ').trim();
		const sides = new Set(timeline.affiliations.map((a) => words(a.name)));
		for (const group of seen.groups) expect(sides.has(words(group)), group).toBe(true);
		// the title slide shows the title as text; the first event's headline is in its slide
		await expect(page.locator('.tl-slide-titleslide .tl-headline').first()).toHaveText(
			timeline.title
		);
		const first = data.events[0];
		if (first) {
			await expect(page.locator(`[id="${first.unique_id}"] .tl-headline-date`)).toHaveText(
				first.display_date ?? ''
			);
		}
	});
}
