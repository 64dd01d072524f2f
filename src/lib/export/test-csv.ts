/**
 * A strict RFC 4180 reader for the tests: quoted fields with doubled quotes, CRLF record breaks.
 * It throws on a bare LF or CR outside quotes and on text after a closing quote, so a sloppy writer
 * cannot pass.
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	const endField = () => {
		record.push(field);
		field = '';
	};
	while (i < text.length) {
		const c = text[i];
		if (c === '"' && field === '') {
			i += 1;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i += 1;
					break;
				}
				field += text[i];
				i += 1;
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				throw new Error(`text after a closing quote at ${i}`);
			}
			continue;
		}
		if (c === ',') {
			endField();
			i += 1;
		} else if (c === '\r') {
			if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
			endField();
			records.push(record);
			record = [];
			i += 2;
		} else if (c === '\n') {
			throw new Error(`bare LF at ${i}`);
		} else if (c === '"') {
			throw new Error(`quote inside an unquoted field at ${i}`);
		} else {
			field += c;
			i += 1;
		}
	}
	if (field !== '' || record.length) {
		endField();
		records.push(record);
	}
	return records;
}
