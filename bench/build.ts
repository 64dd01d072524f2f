/**
 * Builds the site from a folder of timelines into its own output folder (never `build/`), times
 * it, and measures what it wrote: pages, the biggest page and the biggest `__data.json`, so
 * "an event page must not carry the whole timeline" can be checked by eye.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
	/** path inside the build folder */
	path: string;
	kB: number;
	gzKB: number;
}

export interface BuildResult {
	status: 'ok' | 'error' | 'skipped';
	reason?: string;
	/** wall-clock seconds of the whole `vite build` */
	seconds?: number;
	/**
	 * of which: compiling, up to Vite's first "built in" line (Kit builds the server bundle, then
	 * the client bundle, then prerenders while the server build finishes)
	 */
	compileSeconds?: number;
	/** of which: the rest, which is prerendering every page and writing the site */
	prerenderSeconds?: number;
	/** HTML files written (one per prerendered page) */
	pagesWritten?: number;
	/** pages under /<timeline>/events/ */
	eventPages?: number;
	/** `__data.json` files written */
	dataFiles?: number;
	outputMB?: number;
	largestPage?: FileSize;
	largestData?: FileSize;
	largestEventPage?: FileSize;
	largestEventData?: FileSize;
	log?: string;
}

export interface BuildOptions {
	timelinesDir: string;
	buildDir: string;
	logFile: string;
	/** heap limit for the build's Node, MB */
	heapMB?: number;
}

function walk(dir: string, out: { path: string; bytes: number }[] = []) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else out.push({ path: full, bytes: statSync(full).size });
	}
	return out;
}

function sizeOf(root: string, file: { path: string; bytes: number } | undefined) {
	if (!file) return undefined;
	const round = (x: number) => Math.round(x * 10) / 10;
	return {
		path: relative(root, file.path),
		kB: round(file.bytes / 1000),
		gzKB: round(gzipSync(readFileSync(file.path)).length / 1000)
	};
}

const largest = <T extends { bytes: number }>(files: T[]) =>
	files.reduce<T | undefined>((max, f) => (!max || f.bytes > max.bytes ? f : max), undefined);

/** What a finished build folder holds. */
export function inspectBuild(buildDir: string): Omit<BuildResult, 'status' | 'seconds'> {
	const root = resolve(buildDir);
	const files = walk(root);
	const pages = files.filter((f) => f.path.endsWith('.html'));
	const data = files.filter((f) => f.path.endsWith('__data.json'));
	const isEvent = (f: { path: string }) => /[\\/]events[\\/]/.test(relative(root, f.path));
	const eventPages = pages.filter(isEvent);
	return {
		pagesWritten: pages.length,
		eventPages: eventPages.length,
		dataFiles: data.length,
		outputMB: Math.round(files.reduce((s, f) => s + f.bytes, 0) / 1e5) / 10,
		largestPage: sizeOf(root, largest(pages)),
		largestData: sizeOf(root, largest(data)),
		largestEventPage: sizeOf(root, largest(eventPages)),
		largestEventData: sizeOf(root, largest(data.filter(isEvent)))
	};
}

/** Runs `vite build` with TIMELINES_DIR and BUILD_DIR set, and reports time and output. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	const log = createWriteStream(options.logFile);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		TIMELINES_DIR: resolve(options.timelinesDir),
		BUILD_DIR: options.buildDir,
		NODE_OPTIONS: `--max-old-space-size=${options.heapMB ?? 8192}`,
		NO_COLOR: '1',
		// the synthetic timelines are English: the one browser build `npm run build` makes for them
		STATIC_LOCALE: 'en'
	};
	delete env.BASE_PATH;
	// the harness runs under Vite's module runner, which sets NODE_ENV=development; a build that
	// inherits it is a development build, which re-reads and re-validates the data for every page
	delete env.NODE_ENV;
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	let compiled = 0;
	const code = await new Promise<number>((done) => {
		const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		// each line of the log carries the time it arrived, so the phases can be told apart
		for (const stream of [child.stdout, child.stderr]) {
			createInterface({ input: stream }).on('line', (line) => {
				if (!compiled && /✓ built in/.test(line)) compiled = elapsed();
				log.write(`[${elapsed().toFixed(1).padStart(6)} s] ${line}\n`);
			});
		}
		child.on('close', (c) => done(c ?? 1));
	});
	const tenth = (x: number) => Math.round(x * 10) / 10;
	const seconds = tenth(elapsed());
	await new Promise((done) => log.end(done));
	if (code !== 0) {
		const tail = readFileSync(options.logFile, 'utf8').trim().split('\n').slice(-8).join('\n');
		return { status: 'error', reason: `vite build exited with ${code}:\n${tail}`, seconds };
	}
	return {
		status: 'ok',
		seconds,
		compileSeconds: tenth(compiled),
		prerenderSeconds: tenth(seconds - compiled),
		...inspectBuild(options.buildDir),
		log: options.logFile
	};
}
