/**
 * Every script of the built site starts with the comment that has Chromium compile the whole file
 * as it downloads (`compileHints()` in vite.config.ts). The comment counts only on a file's first
 * line: anywhere else, each function is compiled on the main thread when first called.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { walk } from './routes';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** The built scripts under `dir`, at any depth. */
const scripts = (dir: string) => walk(dir).filter((file) => file.endsWith('.js'));

test('every script of the built site has the compile comment on its first line', async () => {
	const files = scripts('build/_app/immutable');
	expect(files.length).toBeGreaterThan(5);
	const without = files.filter((file) => !readFileSync(file, 'utf8').startsWith(HINT));
	expect(without).toEqual([]);
});

test('the server build has no compile comment', async () => {
	const files = scripts('.svelte-kit/output/server');
	expect(files.length).toBeGreaterThan(5);
	expect(files.filter((file) => readFileSync(file, 'utf8').includes(HINT))).toEqual([]);
});
