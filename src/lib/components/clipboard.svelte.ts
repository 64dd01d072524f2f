/**
 * Copies text for a "Copy" button and keeps the sentence its live region announces. Where the
 * clipboard is refused, the field is selected so the reader can copy by hand.
 * @param what the thing copied, as the sentence starts with it ("Link", "Embed code")
 */
export function clipboardCopier(what: string) {
	let message = $state('');
	return {
		get message() {
			return message;
		},
		clear() {
			message = '';
		},
		async copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | undefined) {
			try {
				await navigator.clipboard.writeText(text);
				message = `${what} copied to the clipboard.`;
			} catch {
				field?.select();
				message = `Could not copy: the ${what.toLowerCase()} is selected, press Ctrl+C or ⌘C to copy it.`;
			}
		}
	};
}
