/**
 * A worker thread of the share-image pool (see drawShareImages): takes the
 * next card from the shared counter, draws it and posts its PNG bytes with
 * its index, until no card is left; then it exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawShareImage, type ShareJob, type ShareResult } from './share-image.js';

const { cards, next } = workerData as ShareJob;
const counter = new Int32Array(next);
for (let index = Atomics.add(counter, 0, 1); index < cards.length; index = Atomics.add(counter, 0, 1)) {
  const result: ShareResult = { index, png: await drawShareImage(cards[index]) };
  parentPort!.postMessage(result);
  // Back to the event loop between cards: the native memory of resvg's images is freed by finalizers that run there.
  await new Promise((resolve) => setImmediate(resolve));
}
