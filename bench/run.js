#!/usr/bin/env node
// Entry point of `npm run bench`. The harness is TypeScript (it shares the generator, the schema
// and the date code with the site), so it is loaded through Vite's module runner, which the
// project already has, instead of a separate TypeScript loader.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const { module } = await runnerImport('./bench/harness.ts', {
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: `${root}src/lib` } }
});
process.exitCode = await module.main(process.argv.slice(2));
