/** Chromium refuses canvases beyond about 16,384 px a side (268 M pixels in total). */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

/**
 * SVG → PNG in the browser: the SVG is decoded as an image (no scripts, no external loads in that
 * context) and drawn on a canvas at `scale` × its size.
 */
export async function rasterizeSvg(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const pixelWidth = Math.round(width * scale);
  const pixelHeight = Math.round(height * scale);
  if (pixelWidth > MAX_SIDE || pixelHeight > MAX_SIDE || pixelWidth * pixelHeight > MAX_AREA) {
    throw new Error(`The diagram is too large for a PNG at ${scale}× (${pixelWidth} × ${pixelHeight} px); export it as SVG instead.`);
  }
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas.");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
