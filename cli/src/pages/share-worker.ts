/// <reference types="node" />
/** A worker thread of the share-image pool (see drawShareImages): a card in, PNG bytes out. */
import { parentPort } from 'node:worker_threads';
import { drawShareImage, type ShareCard } from './share-image.js';

parentPort!.on('message', async (card: ShareCard) => {
  const png = await drawShareImage(card);
  parentPort!.postMessage(png);
});
