/**
 * `npm run validate [-- FILE_OR_FOLDER…]`: checks timeline files and prints every problem as
 * `FILE:LINE:COL  <event id or JSON path>  <field>: <what is wrong; what was expected>`, then a
 * one-line summary. With no argument it checks every `.json` file in TIMELINES_DIR (default
 * `data/timelines`). Exit code 0 when everything is valid, 1 otherwise.
 *
 * Runs under tsx (Node 20 cannot run TypeScript), importing the validator the build uses.
 */
import { checkTimelineTargets } from '../src/lib/data/files';
import { formatProblem } from '../src/lib/data/validate';

const USAGE = `Usage: npm run validate [-- FILE_OR_FOLDER…]

Checks timeline files against the schema and the editorial rules (see data/README.md).
With no argument, checks every .json file in TIMELINES_DIR (default data/timelines).
Exit code: 0 when every file is valid, 1 otherwise.`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
	console.log(USAGE);
	process.exit(0);
}
const unknown = args.find((a) => a.startsWith('-'));
if (unknown) {
	console.error(`validate: unknown option ${unknown}\n\n${USAGE}`);
	process.exit(1);
}

const targets = args.length ? args : [process.env.TIMELINES_DIR ?? 'data/timelines'];
const results = checkTimelineTargets(targets);
let problems = 0;
let invalid = 0;
for (const result of results) {
	for (const problem of result.problems) console.log(formatProblem(problem));
	problems += result.problems.length;
	if (result.problems.length) invalid += 1;
}

const files = results.length === 1 ? '1 file' : `${results.length} files`;
if (problems === 0) {
	console.log(`validate: ${files} checked, all valid`);
} else {
	const plural = problems === 1 ? 'problem' : 'problems';
	console.log(`validate: ${files} checked, ${invalid} invalid, ${problems} ${plural}`);
}
process.exit(problems === 0 ? 0 : 1);
