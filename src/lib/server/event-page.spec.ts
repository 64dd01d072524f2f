import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Timeline } from '$lib/data/schema';

const FIXTURE = 'e2e/timelines/fixture-talks.json';

/** The module, loaded against a folder of timelines (the loader reads TIMELINES_DIR once). */
async function pagesFrom(dir: string) {
	vi.resetModules();
	vi.stubEnv('TIMELINES_DIR', dir);
	vi.stubEnv('SITE_URL', 'https://example.org');
	vi.stubEnv('BASE_PATH', '');
	return import('./event-page');
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

const big = mkdtempSync(join(tmpdir(), 'event-pages-'));
afterAll(() => {
	rmSync(big, { recursive: true, force: true });
	vi.unstubAllEnvs();
});

describe('eventPageEntries()', () => {
	it('eventPageEntries() lists every event and every former id', async () => {
		const { eventPageEntries } = await pagesFrom('e2e/timelines');
		// the talks fixture's pages; the dates fixture beside it has its own
		const talks = eventPageEntries().filter((e) => e.timeline === 'fixture-talks');
		expect(talks.map((e) => `${e.timeline}/${e.event}`)).toEqual([
			'fixture-talks/envoy-meets-putin',
			'fixture-talks/summit-announced',
			'fixture-talks/anchorage-summit',
			'fixture-talks/call-with-europeans',
			'fixture-talks/trilateral-proposed',
			'fixture-talks/witkoff-in-moscow',
			'fixture-talks/alaska-meeting'
		]);
	});
});

describe('loadEventPage()', () => {
	it('loadEventPage() gives the event, its neighbours in time order and its head', async () => {
		const { loadEventPage } = await pagesFrom('e2e/timelines');
		const locals: App.Locals = {};
		const data = loadEventPage('fixture-talks', 'anchorage-summit', locals);
		expect([data.previous?.id, data.next?.id, data.position]).toEqual([
			'summit-announced',
			'call-with-europeans',
			3
		]);
		expect(data.nearby.map((e) => e.id)).toHaveLength(5);
		const canonical = 'https://example.org/fixture-talks/events/anchorage-summit/';
		// the page gets what the browser keeps up to date; the server's hook the whole head
		expect(data.meta).toEqual({
			title: 'Trump and Putin meet in Anchorage — Fixture: talks across time zones',
			canonical
		});
		const meta = locals.meta!;
		expect(meta).toMatchObject(data.meta);
		expect(meta.image).toBe(`${canonical}og.png`);
		expect(meta.imageAlt).toContain('Preview card of an event: ');
		expect(JSON.parse(meta.jsonLd ?? '')).toMatchObject({ '@type': 'Event', url: canonical });
	});

	const missing: {
		name: string;
		timeline: string;
		event: string;
		message: string;
		back: boolean;
	}[] = [
		{
			name: 'an unknown event',
			timeline: 'fixture-talks',
			event: 'nope',
			message: 'The timeline has no event "nope".',
			back: true
		},
		{
			name: 'an unknown timeline',
			timeline: 'nope',
			event: 'x',
			message: 'There is no timeline "nope".',
			back: false
		}
	];
	for (const c of missing) {
		it(`loadEventPage() answers ${c.name} with a 404 that says what is missing`, async () => {
			const { loadEventPage } = await pagesFrom('e2e/timelines');
			const e = thrown(() => loadEventPage(c.timeline, c.event));
			expect(isHttpError(e, 404)).toBe(true);
			if (!isHttpError(e)) return;
			expect(e.body.message).toBe(c.message);
			expect(!!e.body.timeline).toBe(c.back);
		});
	}

	it('loadEventPage() redirects a former id in the app', async () => {
		const { loadEventPage } = await pagesFrom('e2e/timelines');
		const e = thrown(() => loadEventPage('fixture-talks', 'alaska-meeting'));
		expect(isRedirect(e)).toBe(true);
		if (isRedirect(e)) expect(e.location).toBe('/fixture-talks/events/anchorage-summit/');
	});

	it('loadEventPage() data does not grow with the number of events in the timeline', async () => {
		const timeline = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Timeline;
		const template = timeline.events.find((e) => e.id === 'envoy-meets-putin')!;
		const filler = Array.from({ length: 2000 }, (_, i) => ({
			...template,
			id: `filler-${i}`,
			aliases: [],
			date: { ...template.date, start: { value: '2025-07-01', precision: 'day' as const } }
		}));
		const { loadEventPage: small } = await pagesFrom('e2e/timelines');
		const smallSize = JSON.stringify(small('fixture-talks', 'anchorage-summit')).length;
		writeFileSync(
			join(big, 'fixture-talks.json'),
			JSON.stringify({ ...timeline, events: [...timeline.events, ...filler] })
		);
		const { loadEventPage: large } = await pagesFrom(big);
		const largeSize = JSON.stringify(large('fixture-talks', 'anchorage-summit')).length;
		expect(largeSize).toBeLessThan(smallSize * 1.5);
	}, 30_000);
});
