/**
 * What the importer did with every field of the file it read, in words: what it mapped and where
 * to, what it left out and why, which ids it changed. Nothing the file holds is dropped without a
 * line here. Each line counts the slides it applies to and names the first few.
 */

interface Entry {
	text: string;
	where: string[];
}

const SHOWN = 4;

export class ImportReport {
	private readonly mappedEntries = new Map<string, Entry>();
	private readonly leftOutEntries = new Map<string, Entry>();
	readonly renames: string[] = [];
	readonly notes: string[] = [];

	private static add(map: Map<string, Entry>, key: string, where: string): void {
		const entry = map.get(key);
		if (entry) entry.where.push(where);
		else map.set(key, { text: key, where: [where] });
	}

	/** `field` of the slide at `where` became `target`. */
	mapped(field: string, target: string, where: string): void {
		ImportReport.add(this.mappedEntries, `${field} → ${target}`, where);
	}

	/** `field` of the slide at `where` has no place here, for the reason given. */
	leftOut(field: string, why: string, where: string): void {
		ImportReport.add(this.leftOutEntries, `${field}: ${why}`, where);
	}

	/** An id that is not the one the file gave (or that the file did not give). */
	renamed(where: string, from: string, to: string, why: string): void {
		this.renames.push(`${where}: ${from} → "${to}" (${why})`);
	}

	note(text: string): void {
		this.notes.push(text);
	}

	get mappedLines(): string[] {
		return lines(this.mappedEntries);
	}

	get leftOutLines(): string[] {
		return lines(this.leftOutEntries);
	}

	/** The whole report, one finding a line, under its heading. */
	toLines(): string[] {
		const section = (title: string, items: string[]) =>
			items.length ? [`${title}:`, ...items.map((i) => `  ${i}`)] : [];
		return [
			...section('mapped', this.mappedLines),
			...section('left out', this.leftOutLines),
			...section('ids', this.renames),
			...section('notes', this.notes)
		];
	}
}

function lines(map: Map<string, Entry>): string[] {
	return [...map.values()].map(({ text, where }) => {
		const unique = [...new Set(where)];
		const named = unique.slice(0, SHOWN).join(', ');
		const more = unique.length > SHOWN ? ` and ${unique.length - SHOWN} more` : '';
		return `${text} [${unique.length === 1 ? named : `${unique.length}: ${named}${more}`}]`;
	});
}
