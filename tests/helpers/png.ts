/** Decodes an 8-bit RGB or RGBA PNG (what Chromium and resvg write) into RGB bytes, for comparing images. */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** Three bytes a pixel, row after row. */
  rgb: Uint8Array;
}

export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
    throw new Error(`Unexpected PNG (depth ${depth}, colour type ${colourType}), expected 8-bit RGB or RGBA`);
  const channels = colourType === 6 ? 4 : 3;
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      rows[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let pixel = 0; pixel < width * height; pixel++)
    rgb.set(rows.subarray(pixel * channels, pixel * channels + 3), pixel * 3);
  return { width, height, rgb };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return a <= b && a <= c ? left : b <= c ? up : upLeft;
}

/** How far apart two images of one size are: the mean difference of a channel (0–255), and the share of pixels that differ by more than `far` in some channel. */
export function imageDistance(a: Pixels, b: Pixels, far = 96): { mean: number; farShare: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images of different sizes');
  let sum = 0;
  let farPixels = 0;
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    let most = 0;
    for (let channel = 0; channel < 3; channel++) {
      const difference = Math.abs(a.rgb[pixel * 3 + channel] - b.rgb[pixel * 3 + channel]);
      sum += difference;
      most = Math.max(most, difference);
    }
    if (most > far) farPixels++;
  }
  return { mean: sum / (a.width * a.height * 3), farShare: farPixels / (a.width * a.height) };
}
