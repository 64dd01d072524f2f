import { m } from '$lib/i18n';

/** What a copier copies, with its two sentences: whole sentences, as each language words them. */
const SENTENCES = {
	link: { copied: m.page_copied_link, failed: m.page_copy_failed_link },
	'embed-code': { copied: m.page_copied_embed, failed: m.page_copy_failed_embed }
};

/**
 * Copies text for a "Copy" button and keeps the sentence its live region announces. Where the
 * clipboard is refused, the field is selected so the reader can copy by hand.
 * Call it while a component starts.
 * @param what the thing copied: a link or an embed code
 * @param subject what is being copied: when it changes (another event, another view), the last
 *   announcement no longer applies and is cleared
 */
export function clipboardCopier(what: keyof typeof SENTENCES, subject: () => unknown) {
	let message = $state('');
	$effect(() => {
		subject();
		message = '';
	});
	return {
		get message() {
			return message;
		},
		async copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | undefined) {
			try {
				await navigator.clipboard.writeText(text);
				message = SENTENCES[what].copied();
			} catch {
				field?.select();
				message = SENTENCES[what].failed();
			}
		}
	};
}
