import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** In dev, reload the page when a timeline file changes: data is read outside Vite's module graph. */
function reloadOnTimelineChange(): Plugin {
	const dir = resolve(process.env.TIMELINES_DIR ?? 'data/timelines');
	return {
		name: 'reload-on-timeline-change',
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('change', (file) => {
				if (file.startsWith(dir)) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/** Modules for the shared chunk: the runtimes, and helpers most pages import (see `codeSplitting`). */
const SHARED = new RegExp(
	[
		String.raw`node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|devalue|esm-env)[\\/]`,
		String.raw`^\0(vite\/preload-helper|virtual:__sveltekit)`,
		String.raw`src[\\/]hooks\.`,
		String.raw`src[\\/]lib[\\/]timeline[\\/](calendar-words|words|labels|zone-math|chart-wire|scale)\.`,
		String.raw`src[\\/]lib[\\/](data[\\/]vocabulary|state[\\/]links)\.`,
		String.raw`src[\\/]lib[\\/]components[\\/]briefing[\\/]PageMargins\.`
	].join('|')
);

export default defineConfig({
	plugins: [sveltekit(), reloadOnTimelineChange()],
	// the chart runs no d3 transitions: d3-zoom's import of d3-transition gets a stand-in
	resolve: {
		alias: [{ find: /^d3-transition$/, replacement: resolve('src/lib/state/no-transitions.ts') }]
	},
	build: {
		rolldownOptions: {
			// the bundler's plugin-timing report is noise in build and CI logs
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					// One chunk for what nearly every page runs: the Svelte and Kit runtime, and the small
					// helpers that the pages share (dates in words, zone offsets, links, the chart's wire
					// format). Left to itself, the bundler cut these into a dozen chunks of a few hundred
					// bytes each, one per set of pages using them, and the timeline page fetched 16 modules
					// before it could start. It now fetches 7; the home page carries 2 kB it does not use.
					// Code fetched later (canvas, controls, list window, print) stays in chunks of its own.
					groups: [{ name: 'shared', test: SHARED }]
				}
			}
		}
	},
	server: { port: 5173, strictPort: true },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node'
	}
});
