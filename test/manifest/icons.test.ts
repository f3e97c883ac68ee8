import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, drawIcon, encodePng } from "../../scripts/make-icons";

describe("icons", () => {
  it.each(ICON_SIZES.flatMap((size) => [["icon", "check", size] as const, ["clear", "clear", size] as const]))(
    "assets/%s-%i.png is what scripts/make-icons.ts draws",
    (prefix, kind, size) => {
      const committed = readFileSync(join(__dirname, "..", "..", "assets", `${prefix}-${size}.png`));
      expect(committed.equals(encodePng(size, size, drawIcon(size, kind)))).toBe(true);
    },
  );

  it("draws an opaque tile with a transparent outside corner and a white mark", () => {
    const size = 80;
    const png = encodePng(size, size, drawIcon(size));
    // Undo the encoder: IDAT is the 4th chunk's data after signature + IHDR (8 + 25 bytes).
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const pixel = (x: number, y: number) => [...raw.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4)];
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(40, 10)).toEqual([0x0f, 0x6c, 0xbd, 255]);
    expect(pixel(Math.round(0.58 * size), Math.round(0.82 * size) - 1)).toEqual([255, 255, 255, 255]);
  });
});
