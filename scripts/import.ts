/**
 * `npm run import -- FILE [--id ID] [--out DIR] …`: turns a TimelineJS timeline (its JSON, or its
 * spreadsheet saved as CSV) into a timeline file of ours, validated before it is written. Prints
 * what it mapped, what it left out and why; on any problem prints each as
 * `FILE:LINE:COL  <slide>  <field>: <message>`, writes nothing and exits 1.
 *
 * Runs under tsx, importing the validator the build uses.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../src/lib/data/files';
import { formatProblem } from '../src/lib/data/validate';
import { importFile } from '../src/lib/import/import-file';

const USAGE = `Usage: npm run import -- FILE [--id ID] [--out DIR] [options]

Imports a TimelineJS timeline: its JSON file, or its Google Sheets template saved as CSV
(File > Download > Comma-separated values). Writes OUT/ID.json, validated; writes nothing when
the file has a problem, and lists every problem with its line and column.

Options:
  --id ID            the timeline's id and file name (default: from FILE's name)
  --out DIR          the folder to write to (default: data/timelines)
  --zone ZONE        the IANA time zone to read the dates in (default: UTC). TimelineJS dates
                     have no zone; say where the events happened, e.g. Europe/Kyiv
  --language TAG     the timeline's language (default: en)
  --source-url URL   where the TimelineJS timeline is published, for its source entry
  --drop-scripts     leave out scripts found in the text instead of refusing the file
  --force            replace OUT/ID.json if it exists
  -h, --help         this text`;

function fail(message: string): never {
	console.error(`import: ${message}`);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			id: { type: 'string' },
			out: { type: 'string' },
			zone: { type: 'string' },
			language: { type: 'string' },
			'source-url': { type: 'string' },
			'drop-scripts': { type: 'boolean' },
			force: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
} catch (e) {
	fail(`${(e as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length !== 1) {
	fail(`${positionals.length ? 'one FILE at a time' : 'no FILE given'}\n\n${USAGE}`);
}
const input = positionals[0] as string;
const outDir = values.out ?? 'data/timelines';
if (values.language && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(values.language)) {
	fail(
		`--language "${values.language}" is not a BCP 47 language tag; expected one such as en or en-GB`
	);
}
if (values['source-url'] && !/^https?:\/\/\S+$/.test(values['source-url'])) {
	fail(`--source-url "${values['source-url']}" is not an http(s) address`);
}

const schemaPath = relative(outDir, 'data/timeline.schema.json').split('\\').join('/');
const result = importFile(input, {
	display: displayPath(input),
	id: values.id,
	zone: values.zone,
	language: values.language,
	sourceUrl: values['source-url'],
	dropScripts: values['drop-scripts'],
	schema: schemaPath
});

for (const line of result.report?.toLines() ?? []) console.log(line);
if (!result.text) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	const n = result.problems.length;
	fail(`${n} ${n === 1 ? 'problem' : 'problems'} in ${displayPath(input)}; nothing written`);
}

const target = join(outDir, `${result.id}.json`);
if (existsSync(target) && !values.force) {
	fail(
		`${displayPath(target)} already exists; nothing written (choose another --id, or --force to replace it)`
	);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(target, result.text);
console.log(
	`import: wrote ${displayPath(target)}: ${result.events === 1 ? '1 event' : `${result.events} events`}, valid. Check the dates' zone (${values.zone ?? 'UTC'}), then source each event from the sources it cites.`
);
