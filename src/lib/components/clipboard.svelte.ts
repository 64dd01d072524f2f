/**
 * Copies text for a "Copy" button and keeps the sentence its live region announces. Where the
 * clipboard is refused, the field is selected so the reader can copy by hand.
 * Call it while a component starts.
 * @param what the thing copied, as the sentence starts with it ("Link", "Embed code")
 * @param subject what is being copied: when it changes (another event, another view), the last
 *   announcement no longer applies and is cleared
 */
export function clipboardCopier(what: string, subject: () => unknown) {
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
				message = `${what} copied to the clipboard.`;
			} catch {
				field?.select();
				message = `Could not copy: the ${what.toLowerCase()} is selected, press Ctrl+C or ⌘C to copy it.`;
			}
		}
	};
}
