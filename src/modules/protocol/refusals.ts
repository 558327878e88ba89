/**
 * The refusals of the protocol module, each with a stable id and a message naming the name,
 * character or title at fault, in zh-CN and English.
 */
import { errors } from '../../server/errors.js';
import type { MissingStrokeData } from './rules/collation.js';

export const refusals = {
  noStrokeData: (e: MissingStrokeData, index: number) =>
    errors.unprocessable(
      'no_stroke_data',
      { 'zh-CN': `第 ${index + 1} 项：${e.messageZh}`, en: `Item ${index + 1}: ${e.messageEn}` },
      { index, name: e.nameWithIt, character: e.character, codePoint: e.codePoint },
    ),
  unknownTitle: (title: string, name: string, bodyId: number | null) =>
    errors.unprocessable('unknown_title', {
      'zh-CN': `${bodyId === null ? '未指定机构，没有职务排序表' : `机构 ${bodyId} 的职务排序表中没有`}“${title}”（${name}）`,
      en: `${bodyId === null ? 'No body given, so there is no rank table for' : `The rank table of body ${bodyId} has no`} title "${title}" (${name})`,
    }),
  duplicateTitle: (title: string, bodyId: number) =>
    errors.unprocessable('duplicate_title', {
      'zh-CN': `职务“${title}”在机构 ${bodyId} 的职务排序表中出现了两次`,
      en: `The title "${title}" appears twice in the rank table of body ${bodyId}`,
    }),
};
