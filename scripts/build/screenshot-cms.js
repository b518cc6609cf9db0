// Takes the README's screenshot of the CMS form: the real Sveltia CMS running
// the real admin/config.yml that `kopiena init` writes, on the release `init`
// writes (scripts/lib/cms.js: only the backend is swapped, for the CMS's
// test-repo). It fails on any console error or failed request of the CMS, so
// it also checks that the config loads and the release opens in a real CMS.
// Needs `npm run build` (cli/dist) first.
// Usage: node scripts/build/screenshot-cms.js [output.png]   (npm run screenshot:cms)
//        node scripts/build/screenshot-cms.js --check        (npm run test:cms: no PNG)
import { openCms, press } from '../lib/cms.js';

const check = process.argv.includes('--check');
const [output = 'docs/cms-form.png'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const { page, until, report, close } = await openCms();
try {
  const title = 'Daugavpils darbīgā kopiena iedvesmo';
  await until(press(page, `::-p-text(${title})`, { timeout: 60_000 }));
  // The second pane opens on the preview; show the English fields beside the Latvian ones. The
  // panes render in steps, so click the second pane's English button until a pane shows English,
  // and wait until both titles are in their fields.
  await until(
    page.waitForFunction(
      (titles) => {
        // Until one pane shows English: both panes offer it, the second one's is the last.
        const english = [...document.querySelectorAll('button[role="radio"][data-mode="edit"][value="en"]')];
        if (!english.some((button) => button.getAttribute('aria-checked') === 'true')) {
          if (english.length < 2 || !document.querySelector('button[role="radio"][value="preview"]')) return false;
          /** @type {HTMLElement} */ (english[english.length - 1]).click();
        }
        return titles.every((title) => [...document.querySelectorAll('input')].some((input) => input.value === title));
      },
      { timeout: 60_000, polling: 250 },
      [title, 'Daugavpils active community inspires']
    )
  );
  const locales = await page.$$eval('button[role="radio"][data-mode="edit"]', (buttons) =>
    [...new Set(buttons.map((button) => button.value))].sort()
  );
  if (locales.join() !== 'en,lv,ru') report(`the editor offers the locales ${locales.join(', ')}, not lv, en and ru`);
  await until(new Promise((resolve) => setTimeout(resolve, 500))); // let the text areas settle to their height
  if (check) console.log('the CMS loads admin/config.yml and opens the release with lv, en and ru, no console errors or warnings');
  else {
    await page.screenshot({ path: output, clip: { x: 0, y: 0, width: 1232, height: 820 } });
    console.log(`saved ${output}`);
  }
} finally {
  await close();
}
