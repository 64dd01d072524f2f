import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { keyHelpParts, marked, markedParts, type Part } from './marked';

/** Parts as text, the marked ones in brackets: "[Ctrl] + scroll". */
const show = (parts: Part[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('markedParts()', () => {
	const cases: { message: string; parts: Part[] }[] = [
		{ message: 'no keys', parts: [{ text: 'no keys', marked: false }] },
		{
			message: `${marked('Strg')} + Mausrad`,
			parts: [
				{ text: 'Strg', marked: true },
				{ text: ' + Mausrad', marked: false }
			]
		},
		{
			message: `${marked('Maj')}+${marked('←')} ${marked('→')} défilement`,
			parts: [
				{ text: 'Maj', marked: true },
				{ text: '+', marked: false },
				{ text: '←', marked: true },
				{ text: ' ', marked: false },
				{ text: '→', marked: true },
				{ text: ' défilement', marked: false }
			]
		}
	];
	it.each(cases)('cuts "$message" at its marked pieces', ({ message, parts }) => {
		expect(markedParts(message)).toEqual(parts);
	});
});

describe('keyHelpParts()', () => {
	afterEach(() => useLanguage('en'));
	const cases = [
		{
			language: 'en',
			pointer:
				'Scroll the page as usual; [Ctrl] + scroll ([⌘] + scroll on a Mac) or a pinch zooms the chart, and dragging moves it.',
			keys: 'With the chart focused: [←] [→] previous or next event, [↑] [↓] other lanes, [+] [−] zoom, [Shift]+[←] [→] pan, [Home] [End] first or last, [0] fit all, [Enter] open, [Esc] close.'
		},
		{
			language: 'de',
			pointer:
				'Die Seite wie gewohnt scrollen; [Strg] + Mausrad ([⌘] + Scrollen auf dem Mac) oder Auseinanderziehen zoomt das Diagramm, Ziehen verschiebt es.',
			keys: 'Wenn das Diagramm den Fokus hat: [←] [→] vorheriges oder nächstes Ereignis, [↑] [↓] andere Bahnen, [+] [−] Zoom, [Umschalt]+[←] [→] verschieben, [Pos1] [Ende] erstes oder letztes, [0] alles zeigen, [Eingabe] öffnen, [Esc] schließen.'
		},
		{
			language: 'fr',
			pointer:
				'Faites défiler la page comme d’habitude\u00a0; [Ctrl] + molette ([⌘] + défilement sur Mac) ou un pincement zoome sur la frise, et la faire glisser la déplace.',
			keys: 'Quand la frise a le focus\u00a0: [←] [→] événement précédent ou suivant, [↑] [↓] autres couloirs, [+] [−] zoom, [Maj]+[←] [→] défilement, [Début] [Fin] premier ou dernier, [0] tout afficher, [Entrée] ouvrir, [Échap] fermer.'
		},
		{
			language: 'uk',
			pointer:
				'Прокручуйте сторінку як зазвичай; [Ctrl] + прокручування ([⌘] + прокручування на Mac) або зведення пальців масштабує діаграму, а перетягування зсуває її.',
			keys: 'Коли діаграма у фокусі: [←] [→] попередня чи наступна подія, [↑] [↓] інші смуги, [+] [−] масштаб, [Shift]+[←] [→] прокрутка, [Home] [End] перша чи остання, [0] показати все, [Enter] відкрити, [Esc] закрити.'
		}
	];
	it.each(cases)('writes the keys as keyboards in $language print them', (c) => {
		useLanguage(c.language);
		const help = keyHelpParts();
		expect(show(help.pointer)).toBe(c.pointer);
		expect(show(help.keys)).toBe(c.keys);
		expect(help.touch.every((p) => !p.marked)).toBe(true);
	});
});
