#!/usr/bin/env node
// Checks every prerendered page with the Nu Html Checker (npm vnu-jar, on the machine's Java).
// Usage: node scripts/check-html.js [DIR…]   (default: build)
// Prints each error as FILE:LINE:COL: message, writes reports/html.json
// ({ pages, passed, failed, errors }) and exits 1 when any page has an error, 2 when the check
// could not run (no build, no Java).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['build'];
const report = 'reports/html.json';

/** @param {string} message */
function cannotRun(message) {
	console.error(`[check-html] ${message}`);
	mkdirSync('reports', { recursive: true });
	writeFileSync(report, JSON.stringify({ pages: 0, passed: 0, failed: 0, error: message }));
	process.exit(2);
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

for (const dir of dirs) {
	if (!existsSync(join(dir, 'index.html'))) cannotRun(`${dir}/index.html is missing: build first`);
}
const pages = dirs.flatMap(htmlFiles).sort();

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
	cannotRun('Java is needed to run the checker: apt-get install -y default-jre-headless');
}

// a modest JVM, since the checker shares the machine; the schema needs a deep stack
const run = spawnSync(
	'java',
	[
		'-Xmx1g',
		'-Xss4m',
		'-XX:+UseSerialGC',
		'-jar',
		vnuJar,
		'--errors-only',
		'--format',
		'json',
		'--exit-zero-always',
		...pages
	],
	{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
);
/** @type {{ messages?: { type: string, url?: string, lastLine?: number, firstColumn?: number, lastColumn?: number, message: string, extract?: string }[] }} */
let output;
try {
	output = JSON.parse(run.stdout || run.stderr);
} catch {
	cannotRun(`the checker gave no report (exit ${run.status}):\n${run.stderr}`);
	throw new Error('unreachable');
}

const errors = (output.messages ?? [])
	.filter((m) => m.type === 'error' || m.type === 'non-document-error')
	.map((m) => ({
		file: m.url ? relative(process.cwd(), fileURLToPath(m.url)) : '(checker)',
		line: m.lastLine ?? 0,
		column: m.firstColumn ?? m.lastColumn ?? 0,
		message: m.message,
		extract: m.extract ?? ''
	}));

const bad = new Set(errors.map((e) => e.file));
const failed = pages.filter((p) => bad.has(relative(process.cwd(), p))).length;
const outside = errors.filter((e) => !pages.some((p) => relative(process.cwd(), p) === e.file));
for (const e of errors) {
	console.log(`${e.file}:${e.line}:${e.column}: ${e.message}`);
	if (e.extract) console.log(`    ${e.extract.replace(/\s+/g, ' ').trim()}`);
}
const summary = {
	pages: pages.length,
	passed: pages.length - failed,
	failed: failed + (outside.length ? 1 : 0),
	errors
};
mkdirSync('reports', { recursive: true });
writeFileSync(report, JSON.stringify(summary, null, '\t'));
console.log(
	`[check-html] ${pages.length} pages in ${dirs.join(', ')}: ${summary.passed} valid, ${failed} with errors`
);
process.exit(summary.failed ? 1 : 0);
