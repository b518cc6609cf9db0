import '../src/index.js';

// The language switcher changes <html lang>; the widgets follow it without refetching.
const select = document.querySelector<HTMLSelectElement>('#language');
select?.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
