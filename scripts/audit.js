#!/usr/bin/env node
// Lighthouse (pinned, in devDependencies) against the built site in the system Chromium, on the
// home page, a timeline page, an event page and a briefing, with Lighthouse's default mobile settings.
// Usage: npm run audit   (builds first), or node scripts/audit.js [--runs 5] [--port 4280]
// Serves build/ with scripts/serve.js, runs each page `runs` times and keeps each category's median
// score and metric, prints a table, writes reports/lighthouse.json, and exits 1 when a score or a
// metric misses its target.
// CHROME_PATH (or CHROMIUM_PATH) names the browser; otherwise a system Chromium or Chrome is used.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { option } from './options.js';

const runs = Number(option('runs', '5'));
const port = Number(option('port', process.env.AUDIT_PORT ?? '4280'));
const dir = option('dir', 'build');

/** @type {Record<string, number>} */
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** The most each metric may reach (median of the runs), in its unit: a first paint that is the page. */
const LIMITS = {
	'largest-contentful-paint': 1500,
	'total-blocking-time': 50,
	'cumulative-layout-shift': 0
};

const browser = [
	process.env.CHROME_PATH,
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].find((p) => p && existsSync(p));
if (!browser) {
	console.error('[audit] no Chromium found: set CHROME_PATH, or apt-get install -y chromium');
	process.exit(2);
}
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`[audit] ${dir}/index.html is missing: run "npm run build" first`);
	process.exit(2);
}

/** Folders of `dir/sub` that hold a prerendered page (not Kit's files, not the 404 page). */
const pageDirs = (/** @type {string} */ sub) =>
	existsSync(join(dir, sub))
		? readdirSync(join(dir, sub), { withFileTypes: true })
				.filter((e) => e.isDirectory() && !e.name.startsWith('_'))
				.map((e) => join(sub, e.name))
				.filter((d) => existsSync(join(dir, d, 'index.html')))
				.filter(
					(d) => !/http-equiv=["']?refresh/i.test(readFileSync(join(dir, d, 'index.html'), 'utf8'))
				)
				.sort()
		: [];

// the first timeline (by name) and its first event page, if the build has event pages
const timeline = pageDirs('').find((d) => d !== '404');
const event = timeline ? pageDirs(join(timeline, 'events'))[0] : undefined;
const targets = [
	{ name: 'home', path: '/' },
	timeline && { name: 'timeline', path: `/${timeline}/` },
	event && { name: 'event', path: `/${event}/` },
	timeline && existsSync(join(dir, timeline, 'print', 'index.html'))
		? { name: 'print', path: `/${timeline}/print/` }
		: undefined
].filter((t) => !!t);
if (!targets.length) {
	console.error(`[audit] no timeline page in ${dir}`);
	process.exit(2);
}

const server = spawn(process.execPath, ['scripts/serve.js', '--dir', dir, '--port', String(port)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve, reject) => {
	server.stdout.once('data', resolve);
	server.once('exit', (code) => reject(new Error(`the server stopped (exit ${code})`)));
});

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
].join(' ');

/** The metrics behind the performance score, with their units, to say where points go. */
const METRICS = {
	'first-contentful-paint': ['FCP', 'ms'],
	'largest-contentful-paint': ['LCP', 'ms'],
	'total-blocking-time': ['TBT', 'ms'],
	'cumulative-layout-shift': ['CLS', ''],
	'speed-index': ['SI', 'ms']
};

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

mkdirSync('reports', { recursive: true });
const tmp = 'reports/.lighthouse-run.json';
const results = [];
try {
	for (const target of targets) {
		const url = `http://127.0.0.1:${port}${target.path}`;
		/** @type {Record<string, number[]>} */
		const scores = {};
		/** @type {Record<string, number[]>} */
		const metrics = {};
		/** @type {string[]} */
		const failing = [];
		for (let run = 1; run <= runs; run++) {
			console.log(`[audit] ${target.name} ${url} (run ${run} of ${runs})`);
			const lh = spawnSync(
				process.execPath,
				[
					'node_modules/lighthouse/cli/index.js',
					url,
					`--only-categories=${Object.keys(TARGETS).join(',')}`,
					'--output=json',
					`--output-path=${tmp}`,
					`--chrome-flags=${CHROME_FLAGS}`,
					'--quiet'
				],
				{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser } }
			);
			if (lh.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${lh.status})`);
			const report = JSON.parse(readFileSync(tmp, 'utf8'));
			for (const [id, category] of Object.entries(report.categories)) {
				(scores[id] ??= []).push(Math.round(/** @type {any} */ (category).score * 100));
			}
			for (const id of Object.keys(METRICS)) {
				const value = report.audits[id]?.numericValue;
				if (typeof value === 'number') (metrics[id] ??= []).push(value);
			}
			// audits that cost points, named once, so a low score says where to look
			for (const [id, audit] of Object.entries(report.audits)) {
				const a = /** @type {{ score: number | null, scoreDisplayMode: string }} */ (audit);
				if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
					if (!failing.includes(id)) failing.push(id);
			}
		}
		results.push({
			name: target.name,
			url: target.path,
			scores: Object.fromEntries(Object.entries(scores).map(([id, xs]) => [id, median(xs)])),
			runs: scores,
			metrics: Object.fromEntries(
				Object.entries(metrics).map(([id, xs]) => [id, Number(median(xs).toFixed(3))])
			),
			failingAudits: failing
		});
	}
} finally {
	rmSync(tmp, { force: true });
	server.kill();
}

const chromium = spawnSync(browser, ['--version'], { encoding: 'utf8' }).stdout.trim();
/** A page's median of a metric, or Infinity when Lighthouse gave none. */
const metricOf = (/** @type {{ metrics: Record<string, number> }} */ r, /** @type {string} */ id) =>
	r.metrics[id] ?? Infinity;
const missed = results.flatMap((r) => [
	...Object.entries(TARGETS)
		.filter(([id, min]) => !((r.scores[id] ?? 0) >= min))
		.map(([id, min]) => `${r.name} ${id} ${r.scores[id]} < ${min}`),
	...Object.entries(LIMITS)
		.filter(([id, max]) => !(metricOf(r, id) <= max))
		.map(([id, max]) => `${r.name} ${id} ${metricOf(r, id)} > ${max}`)
]);
writeFileSync(
	'reports/lighthouse.json',
	JSON.stringify(
		{
			lighthouse: '12.2.3',
			chromium,
			runs,
			targets: TARGETS,
			limits: LIMITS,
			pages: results,
			missed
		},
		null,
		'\t'
	)
);

const ids = Object.keys(TARGETS);
const table = [
	`| page | ${ids.join(' | ')} |`,
	`| --- | ${ids.map(() => '---:').join(' | ')} |`,
	...results.map(
		(r) => `| ${r.name} \`${r.url}\` | ${ids.map((id) => r.scores[id]).join(' | ')} |`
	),
	`| target | ${ids.map((id) => `≥ ${TARGETS[id]}`).join(' | ')} |`
];
console.log(`\nLighthouse 12.2.3, ${chromium}, median of ${runs} runs, mobile settings\n`);
console.log(table.join('\n'));
const metricIds = /** @type {(keyof typeof METRICS)[]} */ (Object.keys(METRICS));
console.log(
	[
		'',
		`| page | ${metricIds.map((id) => METRICS[id][0]).join(' | ')} |`,
		`| --- | ${metricIds.map(() => '---:').join(' | ')} |`,
		...results.map(
			(r) =>
				`| ${r.name} | ${metricIds
					.map((id) => {
						const v = /** @type {Record<string, number>} */ (r.metrics)[id];
						return v === undefined
							? '—'
							: `${METRICS[id][1] ? Math.round(v) : v} ${METRICS[id][1]}`;
					})
					.join(' | ')} |`
		),
		`| limit | ${metricIds
			.map((id) =>
				id in LIMITS
					? `≤ ${LIMITS[/** @type {keyof typeof LIMITS} */ (id)]} ${METRICS[id][1]}`
					: '—'
			)
			.join(' | ')} |`
	].join('\n')
);
for (const r of results)
	if (r.failingAudits.length)
		console.log(`${r.name}: audits below full marks: ${r.failingAudits.join(', ')}`);
if (!event) console.log('\n(no event page in this build: it was not audited)');
console.log(missed.length ? `\nMissed: ${missed.join('; ')}` : '\nAll targets met.');
process.exit(missed.length ? 1 : 0);
