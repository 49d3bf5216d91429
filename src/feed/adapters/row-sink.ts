/**
 * The streaming form of an adapter: a sink that takes rows one at a time, so the CLI can stream
 * gigabyte files in bounded memory. Pure.
 */
import type { Adapter, AdapterOptions, AdapterResult } from './types.js';

/** A row consumer: the streaming form of an adapter. `line` is the 1-based line where the row starts. */
export interface RowSink {
  push(row: string[], line: number): void;
  finish(): AdapterResult;
  /** The column indices the sink reads; a streaming reader may leave the other cells empty. */
  columns?: number[];
}

/** An adapter that can also take rows one at a time (used by the CLI to stream large files). */
export interface StreamingAdapter extends Adapter {
  sink(header: string[], options?: AdapterOptions, file?: string): RowSink;
}

/** Runs a sink over already-parsed rows (rows[i] is on line i + 2 when cells have no line breaks). */
export function adaptWithSink(sink: RowSink, rows: string[][]): AdapterResult {
  for (let i = 0; i < rows.length; i++) sink.push(rows[i]!, i + 2);
  return sink.finish();
}
