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

export default defineConfig({
	plugins: [sveltekit(), reloadOnTimelineChange()],
	// the chart runs no d3 transitions: d3-zoom's import of d3-transition gets a stand-in
	resolve: {
		alias: [{ find: /^d3-transition$/, replacement: resolve('src/lib/state/no-transitions.ts') }]
	},
	// the bundler's plugin-timing report is noise in build and CI logs
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	server: { port: 5173, strictPort: true },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node'
	}
});
