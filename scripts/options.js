// The `--name value` options of the project's plain Node scripts (serve.js, audit.js).

/**
 * The value after `--name` on the command line, or `fallback` when the option or its value is
 * missing.
 * @param {string} name
 * @param {string} fallback
 * @param {string[]} [args]
 */
export function option(name, fallback, args = process.argv.slice(2)) {
	const i = args.indexOf(`--${name}`);
	return (i >= 0 && args[i + 1]) || fallback;
}
