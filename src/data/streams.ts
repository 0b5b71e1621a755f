/**
 * A response body made piece by piece: large files (the search records, the metrics downloads) are
 * never one string. Astro's static build still gathers the bytes into one buffer before writing
 * the file (core/build/generate.js: `response.arrayBuffer()`), but that is bytes, not strings or objects.
 */
export function streamOf(pieces: Iterator<string> | AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else if (next.value) controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return?.(undefined);
    },
  });
}
