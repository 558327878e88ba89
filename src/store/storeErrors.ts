import { AppError, errors } from '../server/errors.js';

/**
 * Turns a constraint violation that slipped past an operation's own checks into a 4xx. Operations
 * check first and name the problem; this is the net under them, so a race never becomes a 500.
 */
export function fromStoreError(error: unknown): AppError | null {
  const e = error as { code?: string };
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === '23505') {
    return errors.conflict('already_exists', {
      'zh-CN': '记录已存在（与已有数据重复）',
      en: 'The record already exists (it duplicates stored data)',
    });
  }
  if (e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e?.code === '23503') {
    return errors.unprocessable('invalid_reference', {
      'zh-CN': '引用的记录不存在',
      en: 'A referenced record does not exist',
    });
  }
  return null;
}
