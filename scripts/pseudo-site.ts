/**
 * Builds the site with its English messages in the pseudo-language (`src/lib/i18n/pseudo.ts`),
 * for the layout tests: a copy of the site's sources in a scratch folder, its English catalogs
 * replaced, built like `npm run build` into OUT_DIR. The working tree is never touched, so other
 * builds can run at the same time.
 *
 * Usage: tsx scripts/pseudo-site.ts OUT_DIR TIMELINES_DIR
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogFiles, readCatalog } from '../src/lib/i18n/catalogs';
import { pseudoCatalog } from '../src/lib/i18n/pseudo';

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
const MESSAGES = [
	'scripts/paraglide.js',
	'scripts/build.js',
	'project.inlang/settings.json',
	'messages'
];

function main(outDir: string | undefined, timelines: string | undefined): void {
	if (!outDir || !timelines)
		throw new Error('usage: tsx scripts/pseudo-site.ts OUT_DIR TIMELINES_DIR');
	const site = resolve('.pseudo-site');
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site, { recursive: true });
	for (const entry of [...SOURCES, ...MESSAGES]) {
		cpSync(entry, join(site, entry), {
			recursive: true,
			filter: (path) => !path.includes('src/lib/paraglide')
		});
	}
	symlinkSync(resolve('node_modules'), join(site, 'node_modules'), 'dir');
	for (const area of catalogFiles().areas) {
		const pseudo = {
			$schema: 'https://inlang.com/schema/inlang-message-format',
			...pseudoCatalog(readCatalog(area, 'en'))
		};
		writeFileSync(join(site, 'messages', area, 'en.json'), JSON.stringify(pseudo, null, '\t'));
	}
	const env: NodeJS.ProcessEnv = {
		...process.env,
		BUILD_DIR: 'build-pseudo',
		TIMELINES_DIR: resolve(timelines)
	};
	delete env.BASE_PATH;
	const run = spawnSync(process.execPath, ['scripts/build.js'], {
		cwd: site,
		env,
		stdio: 'inherit'
	});
	if (run.status !== 0) throw new Error('the pseudo-language build failed');
	rmSync(resolve(outDir), { recursive: true, force: true });
	renameSync(join(site, 'build-pseudo'), resolve(outDir));
	if (!readdirSync(resolve(outDir)).includes('index.html')) throw new Error('no index.html built');
}

main(process.argv[2], process.argv[3]);
