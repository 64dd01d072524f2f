/**
 * Where a page's first load spends its time: loads one address in a fresh headless Chromium with
 * the performance trace on, until the page is ready (as `npm run bench` waits for it), and prints
 * the main thread's time by kind of work (parsing HTML, compiling and running script, style,
 * layout, paint, garbage collection), the scripts that ran longest, and the longest tasks.
 *
 *   npx tsx bench/profile.ts http://127.0.0.1:4280/bench-10000/ [--out trace.json] [--phone]
 *     [--loads N]
 *
 * `--phone` loads it as Lighthouse's mobile audit sees a phone: a 412 × 823 touch screen and the
 * processor slowed four times. `--loads N` loads it N times more, without the trace or profiler,
 * and prints the median of the longest task and of the blocking time (each task's time past
 * 50 ms, summed), which say more than one traced load on a shared machine.
 *
 * A measuring aid, like the benchmark: it asserts nothing. Serve the build first
 * (`node scripts/serve.js --dir build-bench/site-10000 --port 4280`).
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** The kind of work a trace event stands for, or undefined for events that only wrap others. */
function kindOf(e: TraceEvent): string | undefined {
	switch (e.name) {
		case 'ParseHTML':
			return 'parse HTML';
		case 'v8.compile':
		case 'v8.compileModule':
		case 'V8.CompileCode':
		case 'v8.produceModuleCache':
		case 'v8.parseOnBackground':
			return 'compile script';
		case 'EvaluateScript':
		case 'v8.evaluateModule':
		case 'FunctionCall':
		case 'TimerFire':
		case 'FireAnimationFrame':
		case 'EventDispatch':
		case 'RunMicrotasks':
		case 'v8.run':
			return 'run script';
		case 'ParseAuthorStyleSheet':
		case 'UpdateLayoutTree':
		case 'RecalculateStyles':
			return 'style';
		case 'Layout':
			return 'layout';
		case 'PrePaint':
		case 'Paint':
		case 'Layerize':
		case 'UpdateLayer':
		case 'Commit':
			return 'paint';
		case 'MajorGC':
		case 'MinorGC':
		case 'V8.GCScavenger':
		case 'V8.GCFinalizeMC':
			return 'garbage collection';
		case 'ResourceReceivedData':
		case 'ResourceFinish':
			return 'network';
		default:
			return undefined;
	}
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(5)} ms`;

/** A page as the audit's phone sees it, or the benchmark's desktop. */
async function openPage(browser: Browser, phone: boolean): Promise<Page> {
	const page = await browser.newPage(
		phone
			? {
					viewport: { width: 412, height: 823 },
					deviceScaleFactor: 1.75,
					isMobile: true,
					hasTouch: true
				}
			: { viewport: { width: 1280, height: 800 } }
	);
	if (phone) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	}
	return page;
}

async function waitUntilReady(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			if (document.documentElement.dataset.hydrated !== 'true') return false;
			const chart = document.querySelector('[data-timeline-chart]');
			return (
				!chart?.hasAttribute('data-rendered') || chart.getAttribute('data-rendered') === 'true'
			);
		},
		null,
		{ timeout: 120_000, polling: 'raf' }
	);
}

/** The longest task and the blocking time of `loads` loads of `url`, each in a fresh page. */
async function blocking(browser: Browser, url: string, phone: boolean, loads: number) {
	const longest: number[] = [];
	const blocked: number[] = [];
	for (let i = 0; i < loads; i++) {
		const page = await openPage(browser, phone);
		await page.addInitScript(() => {
			const tasks: number[] = ((window as unknown as { __tasks: number[] }).__tasks = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url);
		await waitUntilReady(page);
		// what the page starts after its chart (controls, list, gestures) runs in these seconds
		await page.waitForTimeout(3000);
		const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
		longest.push(Math.max(0, ...tasks));
		blocked.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
		await page.close();
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
	const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
	console.log(`${loads} more loads, untraced:`);
	console.log(`  longest task: median ${median(longest).toFixed(0)} ms (${list(longest)})`);
	console.log(`  blocking time: median ${median(blocked).toFixed(0)} ms (${list(blocked)})`);
}

async function main(args: string[]) {
	const url = args.find((a) => /^https?:/.test(a));
	const outAt = args.indexOf('--out');
	if (!url) {
		throw new Error('usage: npx tsx bench/profile.ts URL [--out trace.json] [--phone] [--loads N]');
	}
	const phone = args.includes('--phone');
	const loadsAt = args.indexOf('--loads');
	const loads = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 0;
	const found = findChromium();
	if (!found) throw new Error('no Chromium: see e2e/browser.ts');
	const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
	const page = await openPage(browser, phone);
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline']
	});
	// a sampling CPU profile says which files the script time is spent in
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
	await cdp.send('Profiler.start');
	const started = Date.now();
	await page.goto(url);
	await waitUntilReady(page);
	const readyMs = Date.now() - started;
	// the frame that shows the drawn chart
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
	const { profile } = await cdp.send('Profiler.stop');
	const buffer = await browser.stopTracing();
	await page.close();
	if (outAt >= 0 && args[outAt + 1]) writeFileSync(args[outAt + 1]!, buffer);

	const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
	const main = traceEvents.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	const navigation = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === main?.pid);
	const onMain = traceEvents
		.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const t0 = navigation?.ts ?? onMain[0]?.ts ?? 0;

	// self time: an event's time less that of the events inside it, so nothing counts twice
	const self = new Map<string, number>();
	const stack: { end: number; kind: string | undefined }[] = [];
	const add = (map: Map<string, number>, key: string, us: number) =>
		map.set(key, (map.get(key) ?? 0) + us);
	let lastEnd = 0;
	for (const e of onMain) {
		const end = e.ts + (e.dur ?? 0);
		while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
		const parent = stack.at(-1);
		const kind = kindOf(e) ?? parent?.kind;
		if (kind) add(self, kind, e.dur ?? 0);
		if (parent?.kind) add(self, parent.kind, -(e.dur ?? 0));
		stack.push({ end, kind });
		lastEnd = Math.max(lastEnd, end);
	}
	const tasks = onMain
		.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000)
		.map((e) => `${ms(e.ts - t0)} +${ms(e.dur ?? 0)}`);

	console.log(`${url}\nready after ${readyMs} ms (wall clock, as the test saw it)`);
	console.log('main thread, by kind of work (self time):');
	for (const [kind, us] of [...self].sort((a, b) => b[1] - a[1])) {
		console.log(`  ${ms(us)}  ${kind}`);
	}
	// self time of each sampled function, summed by the file it is in
	const scripts = new Map<string, number>();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const deltas = profile.timeDeltas ?? [];
	(profile.samples ?? []).forEach((id, i) => {
		const frame = byId.get(id)?.callFrame;
		const file = frame?.url ? frame.url.split('/').pop()! : `(${frame?.functionName || 'browser'})`;
		add(scripts, file, deltas[i + 1] ?? 0);
	});
	console.log('script time by file (sampled self time; "(program)" is the browser itself):');
	for (const [name, us] of [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
		console.log(`  ${ms(us)}  ${name}`);
	}
	console.log(`tasks over 50 ms (start after navigation, length): ${tasks.join('; ') || 'none'}`);
	if (loads > 0) await blocking(browser, url, phone, loads);
	await browser.close();
}

await main(process.argv.slice(2));
