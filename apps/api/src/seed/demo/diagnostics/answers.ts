import { DiagnosticItemKind } from '@metodset/shared';
import type { AnswerValue } from '../../../modules/diagnostics/diagnostic-response.entity';
import { DemoProfile } from '../diagnostics.types';

export interface DemoItem {
  position: number;
  competenceCode: string;
  kind: DiagnosticItemKind;
  options: readonly { key: string }[];
}

/** FNV-1a with a final avalanche (FNV's low bits alone barely vary): the same demo keys always give the same answers. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Answers of one response, by item position: a value in the profile's range for the item's competence
 * (a scale value, or the index of a choice option), picked by a hash of the seed and the position.
 * TEXT items get a short answer; a draft (answeredShare < 1) leaves the later items empty.
 */
export function demoAnswers(items: readonly DemoItem[], targets: readonly string[], profile: DemoProfile, seed: string, answeredShare = 1): Map<number, AnswerValue> {
  const out = new Map<number, AnswerValue>();
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const count = Math.round(sorted.length * answeredShare);
  for (const item of sorted.slice(0, count)) {
    if (item.kind === DiagnosticItemKind.TEXT) {
      out.set(item.position, 'Формирующее оценивание, работа с мотивацией обучающихся');
      continue;
    }
    const [lo, hi] = targets.includes(item.competenceCode) ? profile.target : profile.other;
    const v = lo + (hash(`${seed}#${item.position}`) % (hi - lo + 1));
    if (item.kind === DiagnosticItemKind.SCALE) out.set(item.position, v);
    else if (item.kind === DiagnosticItemKind.SINGLE_CHOICE) out.set(item.position, item.options[v].key);
    else out.set(item.position, item.options.slice(0, v).map((o) => o.key));
  }
  return out;
}
