/** Chromium's limits for one canvas: the longest side and the pixel count it still draws. */
const maxSide = 16_384;
const maxPixels = 250_000_000;

/** The picture's size in CSS pixels, from the width and height exportSvg writes on its root. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the picture has no width and height to draw it at');
  return { width, height };
}

/**
 * Draws an SVG picture as PNG bytes in the browser: the SVG as an image, painted on a canvas at `scale` times its
 * size (less when the canvas would exceed what the browser draws), encoded with canvas.toBlob.
 */
export async function svgToPng(svg: string, scale = 2, doc: Document = document): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = svgSize(svg);
  const fitted = Math.min(scale, maxSide / width, maxSide / height, Math.sqrt(maxPixels / (width * height)));
  const view = doc.defaultView!;
  const url = view.URL.createObjectURL(new view.Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new view.Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * fitted);
    canvas.height = Math.round(height * fitted);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw the picture on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the browser could not encode a ${canvas.width} × ${canvas.height} picture as PNG`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    view.URL.revokeObjectURL(url);
  }
}
