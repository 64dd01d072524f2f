/** The command line of `npm run bench` (documented in bench/harness.ts and docs/bench.md). */

export interface Options {
	sizes: number[];
	rounds?: number;
	limitMs: number;
	seed: string;
	port: number;
	out?: string;
	/** re-render the tables of a saved results file instead of measuring */
	report?: string;
	skipBuild: boolean;
	skipAfterTimeout: boolean;
}

export function parseArgs(argv: string[]): Options {
	const value = (name: string) => {
		const i = argv.indexOf(`--${name}`);
		if (i < 0) return undefined;
		const v = argv[i + 1];
		if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
		return v;
	};
	const known = new Set([
		'--full',
		'--sizes',
		'--rounds',
		'--timeout',
		'--seed',
		'--port',
		'--out',
		'--report',
		'--skip-build',
		'--no-skip'
	]);
	for (const a of argv) {
		if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}`);
	}
	const sizes = value('sizes')
		? value('sizes')!
				.split(',')
				.map((s) => Number(s.trim().replace(/k$/i, '000')))
		: [1000, 10_000, 50_000, ...(argv.includes('--full') ? [100_000] : [])];
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error(`--sizes must be positive integers: ${value('sizes')}`);
	}
	const rounds = value('rounds');
	return {
		sizes,
		...(rounds ? { rounds: Number(rounds) } : {}),
		limitMs: Number(value('timeout') ?? 60) * 1000,
		seed: value('seed') ?? '1',
		// not 4190: fetch and Chromium refuse it (the sieve port)
		port: Number(value('port') ?? process.env.BENCH_PORT ?? 4280),
		...(value('out') ? { out: value('out') } : {}),
		...(value('report') ? { report: value('report') } : {}),
		skipBuild: argv.includes('--skip-build'),
		skipAfterTimeout: !argv.includes('--no-skip')
	};
}
