/**
 * Source files (seeds, editor-written reports) and the files named after them (corrections).
 */

/**
 * A source's stem: its file name without folder and extension, `seeds/003_91bb….txt` →
 * `003_91bb…`. It names the correction file of a source and the id of a report without a place.
 */
export function sourceStem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
