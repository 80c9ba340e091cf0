import type { Readable } from "node:stream";

/**
 * A Web ReadableStream (a Response body) that pulls from a Node stream one chunk at a time, so a
 * slow client slows the producer down instead of the file piling up in memory. (Node 20's
 * Readable.toWeb counts its high-water mark in chunks, not bytes, and buffers far ahead.)
 * Cancelling the web stream (the client went away) destroys the Node stream.
 */
export function tilWebStream(kilde: Readable): ReadableStream<Uint8Array> {
  const chunks = kilde[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else {
            const buffer = typeof value === "string" ? Buffer.from(value) : value;
            controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
          }
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        kilde.destroy();
        await chunks.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
