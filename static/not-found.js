// The not-found page is served at unknown addresses of any depth and runs no app code: this reads
// the address it is shown at, puts the timeline it names first, and prefills the search.
(() => {
	const home = document.querySelector('[data-home]');
	if (!home) return;
	const base = new URL(home.href).pathname;
	const [timeline, section, event] = location.pathname.slice(base.length).split('/');
	const item =
		timeline && document.querySelector('[data-timeline="' + CSS.escape(timeline) + '"]');
	const message = document.querySelector('[data-not-found-message]');
	if (item) {
		item.parentElement.prepend(item);
		if (section === 'events' && event && message) {
			message.textContent = message.dataset.noEvent.replace('{event}', event);
			const search = item.querySelector('input[name="q"]');
			if (search) search.value = event.replace(/-/g, ' ');
		}
	} else if (timeline && message) {
		message.textContent = message.dataset.noTimeline.replace('{timeline}', timeline);
	}
})();
