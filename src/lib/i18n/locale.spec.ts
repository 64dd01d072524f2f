import { describe, expect, it } from 'vitest';
import { setDocumentLanguage, textDirection } from './locale';

describe('textDirection', () => {
	it.each([
		['en', 'ltr'],
		['uk', 'ltr'],
		['ar', 'rtl'],
		['ar-EG', 'rtl'],
		['he', 'rtl'],
		['fa-IR', 'rtl'],
		['HE-il', 'rtl']
	] as const)('%s reads %s', (tag, direction) => {
		expect(textDirection(tag)).toBe(direction);
	});
});

describe('setDocumentLanguage', () => {
	/** an element that counts what is written to its lang and dir */
	function root(lang: string, dir: string) {
		const written: string[] = [];
		return {
			written,
			get lang() {
				return lang;
			},
			set lang(value: string) {
				written.push(`lang=${value}`);
				lang = value;
			},
			get dir() {
				return dir;
			},
			set dir(value: string) {
				written.push(`dir=${value}`);
				dir = value;
			}
		};
	}

	it.each([
		// the prerendered page already speaks it: nothing is written, nothing is styled again
		['en', 'ltr', 'en', []],
		['uk', 'ltr', 'uk', []],
		['ar-EG', 'rtl', 'ar-EG', []],
		// a page of another timeline, reached within the site
		['en', 'ltr', 'uk', ['lang=uk']],
		['en', 'ltr', 'ar', ['lang=ar', 'dir=rtl']],
		['ar', 'rtl', 'fr', ['lang=fr', 'dir=ltr']],
		// a page written without a direction gets one
		['en', '', 'en', ['dir=ltr']]
	] as const)('from %s (%s) to %s writes %j', (lang, dir, tag, expected) => {
		const element = root(lang, dir);
		setDocumentLanguage(element, tag);
		expect(element.written).toEqual(expected);
	});
});
