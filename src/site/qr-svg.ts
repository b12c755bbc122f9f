/**
 * A QR code as an SVG image: uqr computes the modules, and each row's runs of dark modules become
 * one path, which keeps the image a few kilobytes where a square per module would be many times
 * that.
 */
import { encode } from 'uqr';

/**
 * The SVG of a QR code for `text` (error correction M, the standard quiet zone). It has no text of
 * its own: the page that shows it describes it.
 */
export function qrSvg(text: string): string {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (row[x] !== true) continue;
      const start = x;
      while (row[x + 1] === true) x++;
      runs.push(`M${start} ${y}h${x - start + 1}v1H${start}z`);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>
`;
}
