/**
 * `npm run bench`: generate synthetic timelines, build the site for each size into its own
 * folder, serve it with scripts/serve.js, and measure the timeline page next to vis-timeline and
 * a plain d3 canvas fed the same events, in the same run, alternating. Prints tables and writes
 * bench-results/<timestamp>.json and .md.
 *
 *   npm run bench                       1k, 10k and 50k events
 *   npm run bench -- --full             and 100k
 *   npm run bench -- --sizes 1000,5000  other sizes
 *   options: --rounds N (default 3 at ≤1k, 2 at ≤10k, 1 above), --timeout SECONDS (60),
 *            --seed S (1), --port P (BENCH_PORT or 4280; peers on P+1), --out FILE,
 *            --skip-build (reuse the last build of each size), --no-skip (run a peer at larger
 *            sizes even after it timed out at a smaller one), --report FILE (re-render the
 *            tables of a saved results file)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, NO_BROWSER_MESSAGE } from '../e2e/browser';
import { buildSite, inspectBuild, type BuildResult } from './build';
import { generateTimeline } from './generate';
import { launch, measure, type SubjectResult } from './measure';
import { toPeerData } from './peer-data';
import { parseArgs, type Options } from './args';
import { aggregate, markdownTables, ratios, SUBJECTS, type Case, type Subject } from './report';

const WORK = 'build-bench';
const RESULTS = 'bench-results';
const D3_BUNDLE = [
	'd3-array',
	'd3-color',
	'd3-interpolate',
	'd3-format',
	'd3-time',
	'd3-time-format',
	'd3-scale',
	'd3-dispatch',
	'd3-selection',
	'd3-timer',
	'd3-ease',
	'd3-transition',
	'd3-drag',
	'd3-zoom'
];

const defaultRounds = (n: number) => (n <= 1000 ? 3 : n <= 10_000 ? 2 : 1);

function log(line: string) {
	process.stdout.write(`${line}\n`);
}

/** Writes the comparison pages, the vendored peer libraries and the peer data folder. */
function preparePeers(dir: string) {
	mkdirSync(join(dir, 'vendor'), { recursive: true });
	mkdirSync(join(dir, 'data'), { recursive: true });
	for (const page of ['index.html', 'page.css', 'vis.html', 'vis.js', 'canvas.html', 'canvas.js']) {
		copyFileSync(join('bench/pages', page), join(dir, page));
	}
	const vis = 'node_modules/vis-timeline';
	copyFileSync(
		`${vis}/standalone/umd/vis-timeline-graph2d.min.js`,
		join(dir, 'vendor/vis-timeline-graph2d.min.js')
	);
	copyFileSync(
		`${vis}/styles/vis-timeline-graph2d.min.css`,
		join(dir, 'vendor/vis-timeline-graph2d.min.css')
	);
	const d3 = D3_BUNDLE.map((m) => readFileSync(`node_modules/${m}/dist/${m}.min.js`, 'utf8'));
	writeFileSync(join(dir, 'vendor/d3.min.js'), d3.join(';\n'));
}

async function isListening(port: number): Promise<boolean> {
	try {
		await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
		return true;
	} catch {
		return false;
	}
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	if (await isListening(port)) {
		throw new Error(`port ${port} is already in use: stop that server or pass --port`);
	}
	const child = spawn(
		process.execPath,
		['scripts/serve.js', '--dir', dir, '--port', String(port)],
		{
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	// a busy machine (a build or a test run beside the bench) can take seconds to start it
	for (let i = 0; i < 600; i++) {
		if (await isListening(port)) return child;
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`scripts/serve.js did not start on port ${port}`);
}

function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((done) => {
		child.once('exit', () => done());
		child.kill('SIGTERM');
	});
}

function timestamp(d: Date): string {
	return d
		.toISOString()
		.replace(/[:]/g, '-')
		.replace(/\.\d+Z$/, 'Z');
}

type Meta = Record<string, unknown> & {
	date: string;
	chromium: string;
	node: string;
	cpus: number;
	cpuModel: string;
	memoryGB: number;
	loadAverage: number[];
	visTimeline: string;
	seed: string;
	limitMs: number;
	command: string;
};

function resultsMarkdown(meta: Meta, cases: Case[]): string {
	return [
		`## Benchmark, ${meta.date.slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`Chromium ${meta.chromium}, Node ${meta.node}, ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGB} GB, load average ${meta.loadAverage.join(' → ')}; vis-timeline ${meta.visTimeline}; seed ${meta.seed}; limit ${meta.limitMs / 1000} s per page and per interaction. \`${meta.command}\`.`,
		'',
		markdownTables(cases)
	].join('\n');
}

/** `--report FILE`: the tables of a saved run, with ratios recomputed, written beside it. */
function rerender(file: string): number {
	const { meta, cases } = JSON.parse(readFileSync(file, 'utf8')) as { meta: Meta; cases: Case[] };
	for (const c of cases) c.ratios = ratios(c);
	const markdown = resultsMarkdown(meta, cases);
	log(markdown);
	writeFileSync(file.replace(/\.json$/, '') + '.md', markdown);
	writeFileSync(file, `${JSON.stringify({ meta, cases }, null, '\t')}\n`);
	return 0;
}

export async function main(argv: string[]): Promise<number> {
	let options: Options;
	try {
		options = parseArgs(argv);
	} catch (e) {
		console.error(`[bench] ${e instanceof Error ? e.message : String(e)}`);
		return 2;
	}
	if (options.report) return rerender(options.report);
	const browser = findChromium();
	if (!browser) {
		console.error(NO_BROWSER_MESSAGE);
		return 1;
	}
	const started = new Date();
	const loadBefore = loadavg()[0]!;
	const probeBrowser = await launch(browser.path);
	const chromiumVersion = probeBrowser.version();
	await probeBrowser.close();
	log(`[bench] Chromium ${chromiumVersion} (${browser.path}), sizes ${options.sizes.join(', ')}`);

	const peersDir = join(WORK, 'peers');
	preparePeers(peersDir);

	// 1. data and builds, all before any measuring, so builds never compete with a measurement
	const builds = new Map<number, BuildResult>();
	for (const n of options.sizes) {
		const timeline = generateTimeline({ events: n, seed: options.seed });
		const dataDir = join(WORK, `timelines-${n}`);
		rmSync(dataDir, { recursive: true, force: true });
		mkdirSync(dataDir, { recursive: true });
		const text = JSON.stringify(timeline);
		writeFileSync(join(dataDir, `${timeline.id}.json`), text);
		writeFileSync(join(peersDir, 'data', `${n}.json`), JSON.stringify(toPeerData(timeline)));
		const buildDir = join(WORK, `site-${n}`);
		if (options.skipBuild && existsSync(join(buildDir, 'index.html'))) {
			log(`[bench] ${n} events: reusing ${buildDir} (--skip-build: no build time)`);
			builds.set(n, { status: 'skipped', reason: '--skip-build', ...inspectBuild(buildDir) });
			continue;
		}
		log(`[bench] ${n} events: timeline ${(text.length / 1e6).toFixed(1)} MB; building…`);
		const result = await buildSite({
			timelinesDir: dataDir,
			buildDir,
			logFile: join(WORK, `build-${n}.log`)
		});
		log(
			result.status === 'ok'
				? `[bench] ${n} events: built in ${result.seconds} s, ${result.pagesWritten} pages`
				: `[bench] ${n} events: build failed\n${result.reason}`
		);
		builds.set(n, result);
	}

	// 2. measurements, alternating between subjects, a fresh browser for each page load
	const peers = await serve(peersDir, options.port + 1);
	const cases: Case[] = [];
	const timedOutAt: Partial<Record<Subject, number>> = {};
	const bodies = new Map<string, Buffer>();
	try {
		for (const n of options.sizes) {
			const build = builds.get(n);
			const site =
				build && build.status !== 'error'
					? await serve(join(WORK, `site-${n}`), options.port)
					: undefined;
			const peer = `http://127.0.0.1:${options.port + 1}`;
			const urls: Record<Subject, string> = {
				app: `http://127.0.0.1:${options.port}/bench-${n}/`,
				'vis-timeline': `${peer}/vis.html?n=${n}`,
				'vis-timeline-90d': `${peer}/vis.html?n=${n}&days=90`,
				'd3-canvas': `${peer}/canvas.html?n=${n}`
			};
			const samples = Object.fromEntries(SUBJECTS.map((s) => [s, []])) as unknown as Record<
				Subject,
				SubjectResult[]
			>;
			const rounds = options.rounds ?? defaultRounds(n);
			try {
				for (let r = 0; r < rounds; r++) {
					// rotate the order each round, so no subject always runs first or last
					const order = SUBJECTS.map((_, i) => SUBJECTS[(i + r) % SUBJECTS.length]!);
					for (const subject of order) {
						const list = samples[subject];
						if (subject === 'app' && !site) {
							list.push({ status: 'error', reason: 'the build failed', url: urls.app });
							continue;
						}
						// a page that ran out of time is not loaded again at this size, nor at larger ones
						if (list.some((x) => x.status === 'timeout' || x.status === 'skipped')) continue;
						const earlier = timedOutAt[subject];
						if (earlier !== undefined && earlier < n) {
							list.push({
								status: 'skipped',
								reason: `not done in ${options.limitMs / 1000} s at ${earlier.toLocaleString('en-GB')} events`,
								url: urls[subject]
							});
							continue;
						}
						log(`[bench] ${n} events, round ${r + 1}/${rounds}: ${subject}`);
						const result = await measure(
							urls[subject],
							{ executablePath: browser.path, limitMs: options.limitMs, log },
							bodies
						);
						if (result.status !== 'ok') log(`  ${result.status}: ${result.reason ?? ''}`);
						list.push(result);
						if (result.status === 'timeout' && options.skipAfterTimeout) {
							timedOutAt[subject] ??= n;
						}
					}
				}
			} finally {
				if (site) await stop(site);
			}
			bodies.clear();
			const summary = Object.fromEntries(
				SUBJECTS.map((s) => [s, aggregate(samples[s])])
			) as unknown as Record<Subject, SubjectResult>;
			cases.push({ n, ...(build ? { build } : {}), ...summary, ratios: ratios(summary), samples });
		}
	} finally {
		await stop(peers);
	}

	// 3. report
	const meta: Meta = {
		date: started.toISOString(),
		seconds: Math.round((Date.now() - started.getTime()) / 1000),
		chromium: chromiumVersion,
		node: process.version,
		os: `${osType()} ${release()}`,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGB: Math.round(totalmem() / 1e9),
		/** one-minute load average at the start and end: above the core count, figures are noisy */
		loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0]! * 10) / 10],
		visTimeline: JSON.parse(readFileSync('node_modules/vis-timeline/package.json', 'utf8')).version,
		seed: options.seed,
		limitMs: options.limitMs,
		viewport: '1280×800',
		command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
	};
	const markdown = resultsMarkdown(meta, cases);
	log(`\n${markdown}`);
	mkdirSync(RESULTS, { recursive: true });
	const base = join(RESULTS, timestamp(started));
	const json = `${JSON.stringify({ meta, cases }, null, '\t')}\n`;
	writeFileSync(`${base}.json`, json);
	writeFileSync(`${base}.md`, markdown);
	if (options.out) writeFileSync(resolve(options.out), json);
	log(`[bench] wrote ${base}.json and ${base}.md${options.out ? ` and ${options.out}` : ''}`);
	return 0;
}
