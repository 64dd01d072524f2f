/**
 * Text made safe inside HTML, in elements and in quoted attributes. A module of its own: the
 * embed snippet an event page builds needs it, and nothing of the chart's text measures.
 */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
