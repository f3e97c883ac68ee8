/**
 * Text up to this many characters fits a cell's widest (28em) when it is written in Latin letters,
 * punctuation and currency signs, none wider than 1.3em; only other text is clipped with an
 * ellipsis. A clipping cell is a layer of its own to the browser, and a grid of them made every
 * click beside it slower to hit-test, paint and composite. Other scripts (a ligature such as
 * U+FDFD is several em wide) are clipped whatever their length.
 */
const FITS_UNCLIPPED = 20;
const NARROW_TEXT = /^[\t\n\r\u0020-\u024f\u2000-\u20cf]*$/;

/** Whether a cell may show `shown` without clipping it. */
export function fitsUnclipped(shown: string): boolean {
  return shown.length <= FITS_UNCLIPPED && NARROW_TEXT.test(shown);
}
