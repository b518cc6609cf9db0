// Share images drawn without a browser: real PNGs of 1200 × 630 with
// something drawn on them, every letter of the project's languages from the
// shipped fonts, and long or mixed-script titles clamped at a word.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { clampTitle, drawShareImage, drawShareImages, type ShareCard } from '../src/site/share-image.js';

const card = (title: string, lang = 'lv'): ShareCard => ({ title, project: 'Darbīgās kopienas', date: '07.05.2020', lang });

/** Decodes the PNG and returns its size and the variance of its luminance (0 for a blank image). */
function decode(bytes: Uint8Array) {
  const { width, height, data } = PNG.sync.read(Buffer.from(bytes));
  let sum = 0;
  let squares = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const luminance = 0.2126 * data[offset] + 0.7152 * data[offset + 1] + 0.0722 * data[offset + 2];
    sum += luminance;
    squares += luminance * luminance;
  }
  const pixels = width * height;
  return { width, height, variance: squares / pixels - (sum / pixels) ** 2 };
}

describe('share images', () => {
  it('are 1200 × 630 PNGs with text on them', async () => {
    const image = decode(await drawShareImage(card('Daugavpils darbīgā kopiena iedvesmo')));
    assert.equal(image.width, 1200);
    assert.equal(image.height, 630);
    assert.ok(image.variance > 100, `luminance variance ${image.variance}`);
  });

  it('differ when the title differs, and are identical for the same card', async () => {
    const [first, again, other] = await drawShareImages([card('Pirmā'), card('Pirmā'), card('Otrā')]);
    assert.deepEqual(first, again);
    assert.notDeepEqual(first, other);
  });

  it('draw every Latvian, Lithuanian, Estonian and Cyrillic letter from the shipped fonts (none as the missing-glyph box)', async () => {
    const missing = await drawShareImage(card('\uE000'));
    const letters = [...'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽąęėįųĄĘĖĮŲõäöüÕÄÖÜабвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЖЩЯіїєґІЇЄҐ'];
    const drawn = await drawShareImages(letters.map((letter) => card(letter)));
    const boxes = letters.filter((_, index) => Buffer.from(drawn[index]).equals(Buffer.from(missing)));
    assert.deepEqual(boxes, []);
  });

  it('draws a title of 500 characters in mixed scripts', async () => {
    const title = 'Daugavpils kopiena и Даугавпилсская община, Kauno bendruomenė ir Tartu kogukond '.repeat(7).slice(0, 500);
    const image = decode(await drawShareImage(card(title, 'ru')));
    assert.equal(image.width, 1200);
    assert.ok(image.variance > 100);
  });
});

describe('clampTitle', () => {
  const segments = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

  it('keeps a short title as it is', () => {
    assert.equal(clampTitle('Daugavpils darbīgā kopiena iedvesmo'), 'Daugavpils darbīgā kopiena iedvesmo');
  });

  it('cuts a long title at the end of a word, with an ellipsis', () => {
    const title = 'Даугавпилсская активная община вдохновляет, Daugavpils darbīgā kopiena iedvesmo. '.repeat(7);
    const clamped = clampTitle(title);
    assert.ok(segments(clamped).length <= 120, `${segments(clamped).length} graphemes`);
    assert.ok(clamped.endsWith('…'));
    const kept = clamped.slice(0, -1);
    assert.ok(title.startsWith(kept));
    assert.match(title.slice(kept.length), /^[\s\p{P}]/u, 'the cut falls after a whole word');
  });

  it('cuts one endless word between graphemes, never inside a letter with its marks', () => {
    const letter = 'a\u0304\u0327'; // a + macron + cedilla: one grapheme, three code points
    const clamped = clampTitle(letter.repeat(300));
    const graphemes = segments(clamped);
    assert.equal(graphemes.at(-1), '…');
    assert.ok(graphemes.slice(0, -1).every((grapheme) => grapheme === letter));
  });
});
