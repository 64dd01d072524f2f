import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A sub-path such as /timeline, set at build time: BASE_PATH=/timeline npm run build
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base && !/^\/[^/].*[^/]$|^\/[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/": got "${base}"`);
}

const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		// a second build (say, under a base path) keeps its own generated files
		outDir: process.env.BUILD_DIR ? `.svelte-kit-${process.env.BUILD_DIR}` : '.svelte-kit',
		paths: { base, relative: true },
		prerender: {
			// dead links and missing anchors must break the build
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
