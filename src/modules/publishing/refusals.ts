/** The publishing module's refusals, built on the one error vocabulary. */
import { AppError } from '../../server/errors.js';
import type { Scope } from './subjects.js';

const SCOPE_ZH: Record<Scope, string> = { meeting: '会次', session: '会议(次)' };

export const refusals = {
  /** A document name the catalogue does not hold for that scope; the message lists those it does. */
  documentNotFound: (scope: Scope, name: string, known: string[]) =>
    new AppError(404, 'document_not_found', {
      'zh-CN': `没有名为“${name}”的${SCOPE_ZH[scope]}文稿；可用的有：${known.join('、')}`,
      en: `No ${scope} document is named "${name}"; there are: ${known.join(', ')}`,
    }),
};
