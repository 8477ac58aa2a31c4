/** Merkle–Damgård padding with a big-endian bit length, for the SHA family. */
export function padBigEndian(bytes: Uint8Array, blockSize: 64 | 128): Uint8Array {
  const lengthBytes = blockSize === 64 ? 8 : 16;
  const total = Math.ceil((bytes.length + 1 + lengthBytes) / blockSize) * blockSize;
  const padded = new Uint8Array(total);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(total - 4, bitLength >>> 0);
  view.setUint32(total - 8, Math.floor(bitLength / 2 ** 32));
  return padded;
}
