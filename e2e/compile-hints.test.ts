/**
 * Every script of the built site but the smallest starts with the comment that has Chromium
 * compile the whole file as it downloads (`compileHints()` in vite.config.ts). The comment counts
 * only on a file's first line: anywhere else, each function is compiled on the main thread when
 * first called.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { walk } from './routes';
import { COMPILE_HINT as HINT, HINTED_FROM_LENGTH as SMALLEST } from '../src/lib/compile-hints';

/** The built scripts under `dir`, at any depth. */
const scripts = (dir: string) => walk(dir).filter((file) => file.endsWith('.js'));

test('every script of the built site but the smallest has the compile comment on its first line', async () => {
	const files = scripts('build/_app/immutable').map((file) => ({
		file,
		code: readFileSync(file, 'utf8')
	}));
	const large = files.filter(({ code }) => code.length >= SMALLEST + HINT.length);
	const small = files.filter(({ code }) => code.length < SMALLEST);
	// the chart's, the runtime's and the page's code are all far larger; the small ones are many
	expect(large.length).toBeGreaterThan(5);
	expect(small.length).toBeGreaterThan(5);
	expect(large.filter(({ code }) => !code.startsWith(HINT)).map(({ file }) => file)).toEqual([]);
	expect(small.filter(({ code }) => code.includes(HINT)).map(({ file }) => file)).toEqual([]);
});

test('the server build has no compile comment', async () => {
	const files = scripts('.svelte-kit/output/server');
	expect(files.length).toBeGreaterThan(5);
	expect(files.filter((file) => readFileSync(file, 'utf8').includes(HINT))).toEqual([]);
});
