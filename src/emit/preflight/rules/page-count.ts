/** An even page count: a book's last leaf has two sides (a single-page file, such as a cover, is exempt). */
import type { PreflightRule } from '../rule.js';

export const pageCountRule: PreflightRule = (facts) => {
  const count = facts.pages.length;
  if (count > 1 && count % 2 === 1)
    return [
      {
        rule: 'page-count',
        severity: 'error',
        message: `Unexpected ${count} pages, expected an even count (add a blank last page)`,
      },
    ];
  return [{ rule: 'page-count', severity: 'info', message: `${count} page${count === 1 ? '' : 's'}` }];
};
