/**
 * Measures one page in a fresh headless Chromium: time to first complete render, JS heap, DOM
 * size, what it downloaded, and frame times and long tasks during a scripted wheel zoom, drag pan
 * and keyboard stepping. Every step has a time limit; a page that blows it is recorded as such,
 * never waited on for ever.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/browser';
import { installProbe, type ProbeFrames } from './probe';
import { percentile } from './stats';

export type Status = 'ok' | 'timeout' | 'error' | 'skipped' | 'n/a';

export interface InteractionResult {
	status: Status;
	reason?: string;
	limitMs?: number;
	/** what received the input: the chart root, or the page's main element when there is none */
	target?: 'chart' | 'main';
	frames?: number;
	p50FrameMs?: number;
	p95FrameMs?: number;
	maxFrameMs?: number;
	longTasks?: number;
	longTaskMs?: number;
	durationMs?: number;
}

export interface Transfer {
	/** gzip (level 6) sizes of the JS and CSS files the page fetched while loading, kB */
	jsGzKB: number;
	cssGzKB: number;
	/** the HTML document, raw and gzipped, kB */
	htmlKB: number;
	htmlGzKB: number;
	/** data fetched by script (JSON), raw and gzipped, kB */
	dataKB: number;
	dataGzKB: number;
	files: number;
}

export interface SubjectResult {
	status: Status;
	reason?: string;
	limitMs?: number;
	url: string;
	renderMs?: number;
	readyMs?: number;
	loadLongTasks?: number;
	loadLongTaskMs?: number;
	heapMB?: number;
	domNodes?: number;
	transfer?: Transfer;
	wheel?: InteractionResult;
	drag?: InteractionResult;
	keys?: InteractionResult;
}

export interface MeasureOptions {
	executablePath: string;
	/** limit for the first render, and for each interaction, ms */
	limitMs: number;
	log?: (line: string) => void;
}

const VIEWPORT = { width: 1280, height: 800 };

type Outcome<T> = { ok: true; value: T } | { ok: false; timeout: boolean; error: string };

async function within<T>(ms: number, work: Promise<T>): Promise<Outcome<T>> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const limit = new Promise<'timeout'>((resolve) => {
		timer = setTimeout(() => resolve('timeout'), ms);
	});
	try {
		const result = await Promise.race([work.then((value) => ({ value })), limit]);
		if (result === 'timeout') return { ok: false, timeout: true, error: `not done in ${ms} ms` };
		return { ok: true, value: result.value };
	} catch (e) {
		return { ok: false, timeout: false, error: e instanceof Error ? e.message : String(e) };
	} finally {
		clearTimeout(timer);
	}
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The point to aim input at: the visible middle of the chart root, or of main. */
async function aim(page: Page): Promise<{ x: number; y: number; target: 'chart' | 'main' } | null> {
	return page.evaluate(() => {
		const chart = document.querySelector<HTMLElement>('[data-timeline-chart]');
		const el = chart ?? document.querySelector<HTMLElement>('main');
		if (!el) return null;
		const r = el.getBoundingClientRect();
		if (r.top < 0 || r.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
		const b = el.getBoundingClientRect();
		const top = Math.max(0, b.top);
		const bottom = Math.min(innerHeight, b.bottom);
		const left = Math.max(0, b.left);
		const right = Math.min(innerWidth, b.right);
		if (bottom <= top || right <= left) return null;
		return {
			x: Math.round((left + right) / 2),
			y: Math.round((top + bottom) / 2),
			target: chart ? ('chart' as const) : ('main' as const)
		};
	});
}

/** Focuses the chart (or its first focusable descendant); false when nothing there takes focus. */
async function focusChart(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const chart = document.querySelector<HTMLElement>('[data-timeline-chart]');
		if (!chart) return false;
		const focusable = chart.matches('[tabindex]:not([tabindex="-1"])')
			? chart
			: chart.querySelector<HTMLElement>(
					'[tabindex]:not([tabindex="-1"]), button, a[href], input, select, textarea'
				);
		if (!focusable) return false;
		focusable.focus();
		return document.activeElement === focusable;
	});
}

function framesResult(f: ProbeFrames, target?: 'chart' | 'main'): InteractionResult {
	return {
		status: 'ok',
		...(target ? { target } : {}),
		frames: f.deltas.length,
		p50FrameMs: round(percentile(f.deltas, 50)),
		p95FrameMs: round(percentile(f.deltas, 95)),
		maxFrameMs: round(Math.max(0, ...f.deltas)),
		longTasks: f.longTasks,
		longTaskMs: Math.round(f.longTaskMs),
		durationMs: Math.round(f.durationMs)
	};
}

/** Runs one scripted interaction between probe start() and stop(), within the limit. */
async function interaction(
	page: Page,
	limitMs: number,
	script: () => Promise<'n/a' | { target?: 'chart' | 'main' } | string>
): Promise<InteractionResult> {
	const run = async (): Promise<InteractionResult> => {
		await page.evaluate(() => window.__bench.settled());
		await page.evaluate(() => window.__bench.start());
		const done = await script();
		if (done === 'n/a' || typeof done === 'string') {
			await page.evaluate(() => window.__bench.stop());
			return { status: 'n/a', reason: done === 'n/a' ? 'no target' : done };
		}
		await page.evaluate(() => window.__bench.settled());
		return framesResult(await page.evaluate(() => window.__bench.stop()), done.target);
	};
	const outcome = await within(limitMs, run());
	if (outcome.ok) return outcome.value;
	return outcome.timeout
		? { status: 'timeout', limitMs, reason: outcome.error }
		: { status: 'error', reason: outcome.error };
}

async function wheelZoom(page: Page) {
	const at = await aim(page);
	if (!at) return 'nothing to aim the wheel at';
	await page.mouse.move(at.x, at.y);
	// our chart zooms with Ctrl + wheel (the plain wheel scrolls the page); other pages get the wheel
	if (at.target === 'chart') await page.keyboard.down('Control');
	for (const dy of [...Array(10).fill(-120), ...Array(10).fill(120)] as number[]) {
		await page.mouse.wheel(0, dy);
		await pause(30);
	}
	if (at.target === 'chart') await page.keyboard.up('Control');
	return { target: at.target };
}

async function dragPan(page: Page) {
	const at = await aim(page);
	if (!at) return 'nothing to drag';
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	for (const dx of [...Array(15).fill(-20), ...Array(15).fill(20)] as number[]) {
		at.x += dx;
		await page.mouse.move(at.x, at.y);
		await pause(16);
	}
	await page.mouse.up();
	return { target: at.target };
}

async function keySteps(page: Page) {
	if (!(await focusChart(page))) return 'no focusable [data-timeline-chart]';
	const keys = [
		...Array(5).fill('+'),
		...Array(10).fill('ArrowRight'),
		...Array(5).fill('-'),
		...Array(5).fill('ArrowLeft')
	] as string[];
	for (const key of keys) {
		await page.keyboard.press(key);
		await pause(30);
	}
	return { target: 'chart' as const };
}

/** Sizes of what the page fetched, read back from the local server and gzipped here. */
async function transferOf(
	responses: { url: string; type: string }[],
	cache: Map<string, Buffer>
): Promise<Transfer> {
	const t: Transfer = {
		jsGzKB: 0,
		cssGzKB: 0,
		htmlKB: 0,
		htmlGzKB: 0,
		dataKB: 0,
		dataGzKB: 0,
		files: 0
	};
	const seen = new Set<string>();
	for (const { url, type } of responses) {
		// data a page preloads (<link rel="preload" as="fetch">) is reported as "other"
		const preloaded = type === 'other' && new URL(url).pathname.endsWith('.json');
		if (
			seen.has(url) ||
			!(preloaded || ['script', 'stylesheet', 'document', 'fetch', 'xhr'].includes(type))
		) {
			continue;
		}
		seen.add(url);
		let body = cache.get(url);
		if (!body) {
			body = Buffer.from(await (await fetch(url)).arrayBuffer());
			cache.set(url, body);
		}
		const kb = body.length / 1000;
		const gz = gzipSync(body, { level: 6 }).length / 1000;
		t.files += 1;
		if (type === 'script') t.jsGzKB += gz;
		else if (type === 'stylesheet') t.cssGzKB += gz;
		else if (type === 'document') {
			t.htmlKB += kb;
			t.htmlGzKB += gz;
		} else {
			t.dataKB += kb;
			t.dataGzKB += gz;
		}
	}
	for (const key of ['jsGzKB', 'cssGzKB', 'htmlKB', 'htmlGzKB', 'dataKB', 'dataGzKB'] as const) {
		t[key] = round(t[key]);
	}
	return t;
}

export async function launch(executablePath: string): Promise<Browser> {
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Closes a browser, even one whose page is stuck in a long task. */
async function shut(browser: Browser): Promise<void> {
	await within(15_000, browser.close());
}

/** Loads `url` in a fresh browser and measures it. */
export async function measure(
	url: string,
	options: MeasureOptions,
	bodies = new Map<string, Buffer>()
): Promise<SubjectResult> {
	const log = options.log ?? (() => {});
	const browser = await launch(options.executablePath);
	try {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			timezoneId: 'Europe/London',
			locale: 'en-GB'
		});
		const page = await context.newPage();
		await page.addInitScript(installProbe);
		const responses: { url: string; type: string }[] = [];
		const errors: string[] = [];
		page.on('response', (r) => responses.push({ url: r.url(), type: r.request().resourceType() }));
		page.on('pageerror', (e) => errors.push(e.message));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');

		const loaded = await within(
			options.limitMs,
			(async () => {
				await page.goto(url, { waitUntil: 'commit', timeout: options.limitMs });
				return page.evaluate(() => window.__bench.rendered());
			})()
		);
		if (!loaded.ok) {
			log(`  ${loaded.error}`);
			return loaded.timeout
				? {
						status: 'timeout',
						limitMs: options.limitMs,
						reason: `not done in ${options.limitMs / 1000} s`,
						url
					}
				: { status: 'error', reason: [loaded.error, ...errors].join('; '), url };
		}
		const render = loaded.value;
		const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
		await cdp.send('HeapProfiler.collectGarbage');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
		const transfer = await transferOf(responses, bodies);
		log(
			`  render ${Math.round(render.renderMs)} ms, heap ${round(heap / 1e6)} MB, ${domNodes} elements`
		);

		// this site's chart fetches its gesture code after the first draw, and says when it answers
		await page
			.waitForFunction(
				() => {
					const chart = document.querySelector('[data-timeline-chart]');
					return !chart?.hasAttribute('data-rendered') || chart.hasAttribute('data-gestures');
				},
				null,
				{ timeout: 5000 }
			)
			.catch(() => undefined);
		const wheel = await interaction(page, options.limitMs, () => wheelZoom(page));
		log(
			`  wheel: ${wheel.status} ${wheel.p95FrameMs !== undefined ? `p95 ${wheel.p95FrameMs} ms` : (wheel.reason ?? '')}`
		);
		const drag =
			wheel.status === 'timeout'
				? { status: 'skipped' as const, reason: 'the wheel zoom timed out' }
				: await interaction(page, options.limitMs, () => dragPan(page));
		log(
			`  drag: ${drag.status} ${drag.p95FrameMs !== undefined ? `p95 ${drag.p95FrameMs} ms` : (drag.reason ?? '')}`
		);
		const keys =
			drag.status === 'timeout' || drag.status === 'skipped'
				? { status: 'skipped' as const, reason: 'an earlier interaction timed out' }
				: await interaction(page, options.limitMs, () => keySteps(page));
		log(
			`  keys: ${keys.status} ${keys.p95FrameMs !== undefined ? `p95 ${keys.p95FrameMs} ms` : (keys.reason ?? '')}`
		);

		return {
			status: errors.length ? 'error' : 'ok',
			...(errors.length ? { reason: errors.join('; ') } : {}),
			url,
			renderMs: Math.round(render.renderMs),
			readyMs: Math.round(render.readyMs),
			loadLongTasks: render.longTasks,
			loadLongTaskMs: Math.round(render.longTaskMs),
			heapMB: round(heap / 1e6),
			domNodes,
			transfer,
			wheel,
			drag,
			keys
		};
	} finally {
		await shut(browser);
	}
}
