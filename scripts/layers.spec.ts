import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers of src/lib as eslint.config.js bans them: each row is a file and one import it
// makes, and whether the lint must refuse it.
const eslint = new ESLint({ cwd: process.cwd() });

const cases: [file: string, spec: string, refused: boolean][] = [
	['src/lib/time/dates.ts', '$lib/data/schema', false],
	['src/lib/time/dates.ts', '$lib/chart/placement', true],
	['src/lib/time/dates.ts', '$lib/event/view', true],
	['src/lib/time/dates.ts', 'svelte', true],
	['src/lib/data/validate.ts', '$lib/components/CopyLink.svelte', true],
	['src/lib/data/files.ts', 'node:fs', false],
	['src/lib/export/ics.ts', '$app/paths', true],
	['src/lib/chart/placement.ts', '$lib/time/dates', false],
	['src/lib/chart/placement.ts', '$lib/chart/svg/Glyph.svelte', true],
	['src/lib/chart/placement.ts', '$lib/chart/state.svelte', true],
	['src/lib/chart/placement.ts', '$lib/server/chart', true],
	['src/lib/chart/placement.ts', 'node:fs', true],
	['src/lib/chart/canvas/paint-marks.ts', '$lib/chart/svg/glyph-ids', false],
	['src/lib/chart/canvas/paint-marks.ts', 'svelte', true],
	['src/lib/list/virtual-list.ts', 'svelte/reactivity', true],
	['src/lib/event/view.ts', '$lib/state/links', true],
	['src/lib/chart/state.svelte.ts', 'svelte', false],
	['src/lib/chart/state.svelte.ts', '$lib/server/timelines', true],
	['src/lib/event/view.ts', '$lib/server/timelines', true],
	['src/routes/[timeline]/+page.ts', '$lib/server/timelines', true],
	['src/routes/[timeline]/+page.server.ts', '$lib/server/timelines', false]
];

// the first lint of a .svelte.ts file starts the TypeScript project service, which takes seconds
describe('eslint.config.js layers', { timeout: 60_000 }, () => {
	it.each(cases)('%s importing %s: refused %s', async (file, spec, refused) => {
		const [result] = await eslint.lintText(`import * as m from '${spec}';\nexport { m };\n`, {
			filePath: file
		});
		const bans = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
		expect(bans.length > 0).toBe(refused);
	});
});
