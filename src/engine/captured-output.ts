/** A client's stdout or stderr as the harness keeps it: the tail, a count of what was dropped, and a live tap. */
import { StringDecoder } from 'node:string_decoder';

export type OutputStream = 'stdout' | 'stderr';
export type OutputTap = (stream: OutputStream, chunk: string) => void;

/** Keeps the last `capacity` bytes written to it, in a fixed ring, and counts the bytes it had to drop. */
export class TailBuffer {
  private ring: Buffer | null = null;
  private writePos = 0;
  private filled = 0;
  private total = 0;

  constructor(private readonly capacity: number) {}

  write(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.capacity <= 0) return;
    this.ring ??= Buffer.alloc(this.capacity);
    // Only the part of the chunk that can survive matters.
    const kept = chunk.length > this.capacity ? chunk.subarray(chunk.length - this.capacity) : chunk;
    const firstPart = Math.min(kept.length, this.capacity - this.writePos);
    kept.copy(this.ring, this.writePos, 0, firstPart);
    kept.copy(this.ring, 0, firstPart);
    this.writePos = (this.writePos + kept.length) % this.capacity;
    this.filled = Math.min(this.capacity, this.filled + kept.length);
  }

  get droppedBytes(): number {
    return this.total - this.filled;
  }

  /** A cut through a multibyte character at the start becomes U+FFFD, which is fine for a log tail. */
  text(): string {
    if (!this.ring) return '';
    if (this.filled < this.capacity) return this.ring.toString('utf8', 0, this.filled);
    return Buffer.concat([this.ring.subarray(this.writePos), this.ring.subarray(0, this.writePos)]).toString('utf8');
  }
}

/** One output stream: its tail, and whole characters handed to the tap as they come. */
export class CapturedOutput {
  private readonly tail: TailBuffer;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly name: OutputStream,
    capacity: number,
    private readonly tap: OutputTap | undefined,
  ) {
    this.tail = new TailBuffer(capacity);
  }

  write(chunk: Buffer): void {
    this.tail.write(chunk);
    if (this.tap) this.emit(this.decoder.write(chunk));
  }

  end(): void {
    if (this.tap) this.emit(this.decoder.end());
  }

  text(): string {
    return this.tail.text();
  }

  get droppedBytes(): number {
    return this.tail.droppedBytes;
  }

  private emit(text: string): void {
    try {
      if (text) this.tap?.(this.name, text);
    } catch {
      // a faulty tap must not break the run
    }
  }
}
