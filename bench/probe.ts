/**
 * The in-page half of the benchmark, injected before any page script runs. It records long tasks
 * from the start and answers two questions: "is the first render complete?" and "what were the
 * frame times between start() and stop()?".
 *
 * Render is complete when the page says it is ready and two animation frames then pass with no
 * long task between them. Ready means `html[data-hydrated="true"]`, and, when the chart root
 * `[data-timeline-chart]` carries a `data-rendered` attribute, that attribute is "true" (a chart
 * that draws in steps sets it to "false" first).
 *
 * Runs in the browser: it must not refer to anything outside its own body.
 */
export interface ProbeRender {
	/** rAF time of the first of two quiet frames, ms from navigation start */
	renderMs: number;
	/** when the ready signal was first seen, ms from navigation start */
	readyMs: number;
	longTasks: number;
	longTaskMs: number;
}

export interface ProbeFrames {
	/** time between consecutive animation frames, ms */
	deltas: number[];
	longTasks: number;
	longTaskMs: number;
	durationMs: number;
}

export interface BenchProbe {
	rendered(): Promise<ProbeRender>;
	settled(): Promise<number>;
	start(): void;
	stop(): ProbeFrames;
}

declare global {
	interface Window {
		__bench: BenchProbe;
	}
}

export function installProbe(): void {
	const tasks: { start: number; duration: number }[] = [];
	let observer: PerformanceObserver | undefined;
	try {
		observer = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		});
		observer.observe({ type: 'longtask', buffered: true });
	} catch {
		// no Long Tasks API: counts stay at zero
	}
	const flush = () => {
		for (const e of observer?.takeRecords() ?? []) {
			tasks.push({ start: e.startTime, duration: e.duration });
		}
	};
	const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
	const ready = () => {
		// a page of tens of megabytes may not have parsed its <html> element yet when this first runs
		if (document.documentElement?.dataset.hydrated !== 'true') return false;
		const chart = document.querySelector('[data-timeline-chart]');
		return !chart?.hasAttribute('data-rendered') || chart.getAttribute('data-rendered') === 'true';
	};
	/** The time of the first of two frames with no long task in between or before them. */
	const quiet = async () => {
		for (;;) {
			flush();
			const before = tasks.length;
			const t = await frame();
			await frame();
			flush();
			if (tasks.length === before) return t;
		}
	};
	const summary = (from: number) => {
		const mine = tasks.filter((t) => t.start >= from);
		return { longTasks: mine.length, longTaskMs: mine.reduce((s, t) => s + t.duration, 0) };
	};

	let frames: number[] = [];
	let running = false;
	let startedAt = 0;
	window.__bench = {
		async rendered() {
			let readyMs = -1;
			while (readyMs < 0) {
				if (ready()) readyMs = performance.now();
				else await frame();
			}
			// a frame's timestamp is when the frame began, which can be a moment before readiness was seen
			const renderMs = Math.max(readyMs, await quiet());
			return { renderMs, readyMs, ...summary(0) };
		},
		settled: quiet,
		start() {
			frames = [];
			running = true;
			startedAt = performance.now();
			const loop = (t: number) => {
				frames.push(t);
				if (running) requestAnimationFrame(loop);
			};
			requestAnimationFrame(loop);
		},
		stop() {
			running = false;
			flush();
			const deltas = frames.slice(1).map((t, i) => t - (frames[i] as number));
			return { deltas, durationMs: performance.now() - startedAt, ...summary(startedAt) };
		}
	};
}
