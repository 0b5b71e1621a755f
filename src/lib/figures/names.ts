/**
 * Names: what a figure measures, read off the text before it (`千人医师数达3.41人` → `千人医师数`),
 * and the subject of a sentence's later figures (the clause leading into its first one).
 *
 * A name runs back from the value to a delimiter (or to the figure before it), connectives
 * (`达到`, `同比增长`…) stripped; a short bracket (`(含)`) belongs to it. A list of values shares its
 * run split at `、`/`和`… (`高血压、糖尿病规范管理率` → `高血压规范管理率`, `糖尿病规范管理率`); a single
 * value takes the last item of an enumeration (`机构16家、托位684个` → `托位`). Years, dates and
 * openers (`力争`, `其中`…) in front and a bare comparison base (`较2018年`) are not names.
 */
import type { Clauses } from './clauses.ts';
import { CONNECTIVES, GROUP_NOUNS, NAME_STOP, NOT_A_NAME, SHARED_HEADS } from './lexicon.ts';
import { isCjk, type Token } from './tokens.ts';

/** `较2018年`: the base a change is measured from, not a name. */
const COMPARISON_BASE = /^(?:较|比|与)(?:\d{4}年|上年|去年)?(?:同期)?(?:相比)?$/;
const LEADING_NAME_NOISE = /^(?:[一二三四五六七八九十]是|\d{4}年(?:度|底|末)?|\d{1,2}月(?:\d{1,2}日)?(?:起)?|力争|争取|确保|预计|其中|并且|并|且|同时|以及|另外|此外|含|包括|其(?![余他它次]))+/;
/** Longest text inside a bracket that a name may include (`(含)`, `(助理)`). */
const MAX_NAME_BRACKET = 8;

/** The name run before a list (back to `floor`, the end of the figure before it), split over its values when it names several. */
export function listNames(text: string, masked: Uint8Array, list: Token[], floor: number): (string | null)[] {
  const first = list[0];
  const found = nameRun(text, first.start, floor);
  const runStart = found.start;
  // Right after another figure, a joining word belongs to the enumeration (`1名和…11人`).
  const run = runStart === floor && floor > 0 ? found.run.replace(/^(?:和|及|与|以及|、)/, '') : found.run;
  if (list.length === 1) {
    // A single value belongs to the last item of an enumeration (`机构16家、托位684个`).
    let cut = run.length;
    while (cut > 0 && !(run[cut - 1] === '、' && !masked[runStart + cut - 1])) cut--;
    // `在甲镇、乙镇、丙镇5家乡镇卫生院`: a count right before a noun counts the list; its last item is no name.
    if (cut > 0 && isCjk(text[first.end])) return [null];
    return [cleanName(run.slice(cut))];
  }
  const parts = splitNames(run, list.length);
  if (!parts) return list.map(() => null);
  return distributeHead(parts).map(cleanName);
}

/** The clause text right before `pos`, trimmed; null when empty. */
export function leadClause(text: string, clauses: Clauses, pos: number): string | null {
  const clause = text.slice(clauses.start(pos), pos).trim();
  return clause === '' ? null : clause;
}

/** Text before `pos` back to a delimiter, connectives in front of the value removed. */
function nameRun(text: string, pos: number, floor: number): { start: number; run: string } {
  let end = pos;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const c of CONNECTIVES) {
      if (end - c.length >= floor && text.slice(end - c.length, end) === c) {
        end -= c.length;
        stripped = true;
        break;
      }
    }
    while (end > floor && /\s/.test(text[end - 1])) end--;
  }
  let start = end;
  while (start > floor) {
    const ch = text[start - 1];
    if (ch === ')') {
      // Its `(`, looked for only as far back as a bracket a name may include reaches.
      const reach = Math.max(floor, start - MAX_NAME_BRACKET - 2);
      const at = text.slice(reach, start - 1).lastIndexOf('(');
      const open = at === -1 ? -1 : reach + at;
      const inner = open === -1 ? '' : text.slice(open + 1, start - 1);
      if (open === -1 || inner.length > MAX_NAME_BRACKET || /\d/.test(inner)) break;
      start = open;
      continue;
    }
    if (ch === '(' || NAME_STOP.has(ch)) break;
    start--;
  }
  return { start, run: text.slice(start, end) };
}

function cleanName(name: string): string | null {
  const cleaned = name.replace(LEADING_NAME_NOISE, '').replace(COMPARISON_BASE, '').trim();
  return cleaned === '' || NOT_A_NAME.test(cleaned) ? null : cleaned;
}

function splitNames(run: string, n: number): string[] | null {
  for (const sep of [/、|以及|和|与|及(?!以上)/, /、|和/, /、/]) {
    const parts = run.split(sep).filter((p) => p !== '');
    if (parts.length === n) return parts;
  }
  return null;
}

/** `高血压`, `糖尿病规范管理率` → `高血压规范管理率`, `糖尿病规范管理率`. */
function distributeHead(parts: string[]): string[] {
  const last = parts[parts.length - 1];
  let head: string | null = null;
  let bestEnd = Infinity;
  for (const noun of GROUP_NOUNS) {
    const at = last.indexOf(noun);
    const end = at + noun.length;
    if (at !== -1 && end < last.length && end < bestEnd) {
      bestEnd = end;
      head = last.slice(end);
    }
  }
  if (head === null) head = SHARED_HEADS.find((h) => last.endsWith(h) && h.length < last.length) ?? null;
  if (head === null) return parts;
  const h = head;
  return parts.map((p, i) => (i === parts.length - 1 || p.endsWith(h.slice(-1)) ? p : p + h));
}
