/**
 * Errors in editors' files and seeds stop the build with their message alone: Astro prints an
 * error's hint, location and stack trace when it has them, which would bury the one line an
 * editor needs. A ReportError's message already names file, line, problem and what to do.
 */
import { ReportError } from '../lib/model/index.ts';

/** Run a load; a ReportError from it becomes an error with nothing but its message. */
export async function withEditorMessages<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const plain = new Error(error.message);
    plain.stack = '';
    throw plain;
  }
}
