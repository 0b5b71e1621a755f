/**
 * Traditional → Simplified, character by character: OpenCC's character tables (Taiwan and Hong
 * Kong variants first, then TSCharacters). Search folds every character with it (search/text.ts);
 * the parser turns back mirrors that converted a mainland page to Traditional (parser/mirror.ts).
 * A leaf module shared by several subsystems, with no Node imports: it runs in the browser too.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** OpenCC dictionary string `from to|from to|…` as a map (the first choice of each). */
function table(dict: string): Map<string, string> {
  return new Map(dict.split('|').map((pair) => pair.split(' ') as [string, string]));
}

const REGIONAL_VARIANTS = [table(TWVariantsRev), table(HKVariantsRev)];
const TO_SIMPLIFIED = table(TSCharacters);

/** The Simplified form of one character (code point); the character itself when it has none. */
export function simplifiedChar(c: string): string {
  for (const variants of REGIONAL_VARIANTS) c = variants.get(c) ?? c;
  return TO_SIMPLIFIED.get(c) ?? c;
}
