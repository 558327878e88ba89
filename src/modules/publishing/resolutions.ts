/**
 * The texts of the resolutions a sitting (or a whole session) adopted, each under its full title
 * with its adoption line (通过日期): "（2025年1月12日云州市第十六届人民代表大会第三次会议通过）".
 * A resolution is a closed, passed motion; its text is what publishing.setResolutionText stored.
 * Pure: built from `SittingFacts`.
 */
import type { Block, Doc } from './document.js';
import type { MotionFacts, SittingFacts } from './facts.js';
import { chineseDate } from './rules/dates.js';
import { resolutionTitle, sittingMoment, stepNumber } from './rules/phrases.js';

/** What a resolution text needs: its sitting and the motion. */
export interface AdoptedResolution {
  title: string;
  adoption: string;
  paragraphs: string[];
}

/** The adopted resolutions of one sitting, in agenda order. */
export function adoptedResolutions(f: SittingFacts): AdoptedResolution[] {
  const adoption = `（${chineseDate(sittingMoment(f))}${f.session.full}通过）`;
  const motions: MotionFacts[] = [...f.agenda.flatMap((a) => a.motions), ...f.otherMotions];
  return motions
    .filter((m) => m.status === 'closed' && m.result?.passed === true)
    .map((m) => ({
      title: resolutionTitle(f.session.full, m.title),
      adoption,
      paragraphs: m.text === null ? ['（决议文本尚未录入。）'] : m.text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''),
    }));
}

/**
 * One resolution: its title as the document's, the adoption line under it. Several: a title for
 * the collection, each resolution under a numbered heading with its adoption line centred.
 */
export function resolutionsDoc(sittings: SittingFacts[], collectionTitle: string): Doc {
  const all = sittings.flatMap(adoptedResolutions);
  if (all.length === 1) {
    const [r] = all as [AdoptedResolution];
    return { title: r.title, subtitle: r.adoption, blocks: r.paragraphs.map((text) => ({ kind: 'paragraph', text })) };
  }
  const blocks: Block[] = [];
  if (all.length === 0) blocks.push({ kind: 'paragraph', text: '尚无通过的决议。' });
  for (const [i, r] of all.entries()) {
    blocks.push({ kind: 'heading', level: 1, text: `${stepNumber(i + 1)}${r.title}` });
    blocks.push({ kind: 'paragraph', text: r.adoption, align: 'center' });
    for (const text of r.paragraphs) blocks.push({ kind: 'paragraph', text });
  }
  return { title: collectionTitle, blocks };
}

/** The resolutions adopted at a sitting. */
export function resolutions(f: SittingFacts): Doc {
  return resolutionsDoc([f], `${f.session.full}\n${f.meeting.title}通过的决议`);
}
