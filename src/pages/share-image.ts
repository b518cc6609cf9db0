/**
 * A 1200 × 630 share image for releases without one, so a link preview on
 * Facebook is never empty: the title and the project's name, drawn by a
 * headless Chromium at build time.
 */
import { escapeHtml } from './escape.js';

export interface ShareCard {
  title: string;
  project: string;
  date: string;
  lang: string;
}

const card = ({ title, project, date, lang }: ShareCard) => `<!doctype html><html lang="${escapeHtml(lang)}"><meta charset="utf-8">
<style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { box-sizing: border-box; padding: 72px 80px; display: flex; flex-direction: column; justify-content: space-between;
    font-family: system-ui, 'DejaVu Sans', sans-serif; color: #fff; background: linear-gradient(135deg, #0a58a8, #063a70); }
  h1 { font-size: ${title.length > 70 ? 52 : 64}px; line-height: 1.12; margin: 0; overflow-wrap: anywhere; }
  p { margin: 0; font-size: 30px; opacity: 0.92; }
  .project { font-weight: 700; font-size: 34px; }
</style>
<p>${escapeHtml(date)}</p><h1>${escapeHtml(title)}</h1><p class="project">${escapeHtml(project)}</p></html>`;

/** PNG bytes of the share image of each card, drawn in one browser session. */
export async function drawShareImages(cards: ShareCard[]): Promise<Uint8Array[]> {
  if (!cards.length) return [];
  // @ts-expect-error plain JS module shipped beside the CLI
  const { findChromium, chromiumArgs } = await import('../../bin/find-chromium.js');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 630 });
    const images: Uint8Array[] = [];
    for (const entry of cards) {
      await page.setContent(card(entry), { waitUntil: 'load' });
      images.push(await page.screenshot({ type: 'png' }));
    }
    return images;
  } finally {
    await browser.close();
  }
}
