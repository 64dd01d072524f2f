import { sveltekit } from '@sveltejs/kit/vite';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileMessages } from './scripts/paraglide.js';

/**
 * In dev, compile the interface's messages at start and again when a catalog changes, then reload.
 * Not the library's own plugin: it empties and rewrites the whole folder, which breaks any other
 * process reading the messages at that moment (the end-to-end tests run a dev server beside
 * builds and test files that import them); `compileMessages` writes only what changed.
 */
function compileMessagesInDev(): Plugin {
	const dir = resolve('messages');
	return {
		name: 'compile-messages-in-dev',
		apply: 'serve',
		async buildStart() {
			await compileMessages();
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('change', async (file) => {
				if (!file.startsWith(dir + sep) || !file.endsWith('.json')) return;
				await compileMessages();
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/** In dev, reload the page when a timeline file changes: data is read outside Vite's module graph. */
function reloadOnTimelineChange(): Plugin {
	const dir = resolve(process.env.TIMELINES_DIR ?? 'data/timelines');
	const isTimeline = (file: string) => file.startsWith(dir + sep) && file.endsWith('.json');
	return {
		name: 'reload-on-timeline-change',
		configureServer(server) {
			server.watcher.add(dir);
			// many editors save by writing a new file and renaming it over the old: that is an
			// unlink and an add, not a change
			for (const change of ['change', 'add', 'unlink'] as const) {
				server.watcher.on(change, (file) => {
					if (isTimeline(file)) server.ws.send({ type: 'full-reload' });
				});
			}
		}
	};
}

/**
 * Asks the browser to compile each of the site's scripts in full as it downloads them. V8 compiles
 * a function when it is first called, on the main thread; the timeline page calls most of its
 * code as it starts, so a third of the task that draws a large timeline was compiling. Chromium
 * honours a `//# allFunctionsCalledOnLoad` comment at the top of a file by compiling all of it on
 * the thread that streams the file in, while the page is still loading; other engines ignore it.
 * Every chunk gets it, since each is fetched when its code is about to run (lazy ones included).
 * Only the browser's build: the server's code runs in Node, at build time.
 */
function compileHints(): Plugin {
	const hint = '//# allFunctionsCalledOnLoad\n';
	let ssr = false;
	return {
		name: 'compile-hints',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle: {
			// last, after minification (which drops comments) and after Vite writes its table of
			// preloads at the top of a chunk: the comment must come before any code
			order: 'post',
			handler(_options, bundle) {
				if (ssr) return;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type === 'chunk' && !chunk.code.startsWith(hint))
						chunk.code = hint + chunk.code;
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [
		// builds and tests run `scripts/paraglide.js` first
		process.env.VITEST ? [] : compileMessagesInDev(),
		sveltekit(),
		reloadOnTimelineChange(),
		compileHints()
	],
	// the chart runs no d3 transitions: d3-zoom's import of d3-transition gets a stand-in
	resolve: {
		alias: [{ find: /^d3-transition$/, replacement: resolve('src/lib/chart/no-transitions.ts') }]
	},
	build: {
		rolldownOptions: {
			// the bundler's plugin-timing report is noise in build and CI logs
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					// One chunk for what most pages run: every module that four or more of the pages and
					// lazily fetched parts import (the Svelte and Kit runtime, dates in words, zone
					// offsets, links, the wire format). Left to itself, the bundler cut these into a dozen
					// chunks of a few hundred bytes, one per set of pages using them. Chosen by the import
					// graph, not by file names, so moving or renaming a module keeps the chunks.
					groups: [{ name: 'shared', minShareCount: 4 }]
				}
			}
		}
	},
	server: { port: 5173, strictPort: true },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		// the preview cards read the site's colours from app.css (`?raw`), which Vitest empties unless
		// it processes the file
		css: { include: [/app\.css/] }
	}
});
