/// <reference types="node" />
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

/**
 * PNG bytes of the share image of each card, drawn by one headless Chromium
 * driven over the DevTools protocol on a pipe: no browser-automation
 * library, no port opened.
 */
export async function drawShareImages(cards: ShareCard[]): Promise<Uint8Array[]> {
  if (!cards.length) return [];
  const { spawn } = await import('node:child_process');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { findChromium, chromiumArgs } = await import('./chromium.js');
  const profile = await mkdtemp(join(tmpdir(), 'kopiena-share-'));
  const browser = spawn(await findChromium(), [...chromiumArgs, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [, , , input, output] = browser.stdio as unknown as [null, null, null, NodeJS.WritableStream, NodeJS.ReadableStream];
  const waiting = new Map<number, (message: { result?: Record<string, unknown>; error?: { message: string } }) => void>();
  const events: Array<{ method: string; sessionId?: string }> = [];
  let buffered = '';
  output.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id) waiting.get(message.id)?.(message);
      else events.push(message);
    }
  });
  let lastId = 0;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result ?? {})));
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const loaded = async (sessionId: string) => {
    for (let tries = 0; tries < 200; tries++) {
      const index = events.findIndex((event) => event.method === 'Page.loadEventFired' && event.sessionId === sessionId);
      if (index >= 0) return void events.splice(index, 1);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the share image page did not load');
  };
  try {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 630, deviceScaleFactor: 1, mobile: false }, sessionId);
    const images: Uint8Array[] = [];
    for (const entry of cards) {
      await send('Page.navigate', { url: `data:text/html;charset=utf-8,${encodeURIComponent(card(entry))}` }, sessionId);
      await loaded(sessionId);
      const { data } = (await send('Page.captureScreenshot', { format: 'png' }, sessionId)) as { data: string };
      images.push(Buffer.from(data, 'base64'));
    }
    return images;
  } finally {
    browser.kill();
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}
