/** The HTML validation every built page must pass (html-validate's standard and document rules). */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity matters for other origins; the site loads nothing from one (links test).
    'require-sri': ['error', { target: 'crossorigin' }],
    // Outline order is an accessibility question, left to axe (tests/e2e/a11y.test.ts).
    'heading-level': 'off',
  },
});

/** The problems of one page as `file:line:column rule: message`, none when it is valid. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
