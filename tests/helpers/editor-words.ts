/**
 * English in an editor's message: the Latin words of a build error that the editor neither wrote
 * (field names and values of the broken file) nor learnt from the editors' guide (`docs/editing.md`:
 * field names, values such as `summary+plan`, `true`, names such as YAML or GB/T). Any other Latin
 * word is English the editor was never taught: zod's `Invalid input: expected boolean`, the YAML
 * library's `Implicit keys need to be on a single line`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const GUIDE = readFileSync(path.resolve(import.meta.dirname, '../../docs/editing.md'), 'utf8');

/** Latin words of two letters or more (one letter is a variable, an axis, a list mark). */
function latinWords(text: string): string[] {
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}

const TAUGHT = new Set(latinWords(GUIDE).map((w) => w.toLowerCase()));

/**
 * The English words of `message` (a `file:line: problem。hint` line) that are neither in `input`
 * (what the editor wrote, file name included) nor in the editors' guide.
 */
export function untaughtWords(message: string, input: string): string[] {
  const own = latinWords(input).map((w) => w.toLowerCase());
  // A quoted line cut short ends in `…`: its last word may be the start of one the editor wrote.
  const cut = new Set((message.match(/[A-Za-z]{2,}(?=…)/g) ?? []).map((w) => w.toLowerCase()));
  return latinWords(message).filter((word) => {
    const w = word.toLowerCase();
    return !TAUGHT.has(w) && !own.includes(w) && !(cut.has(w) && own.some((o) => o.startsWith(w)));
  });
}
