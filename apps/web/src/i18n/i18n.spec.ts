import {
  AGREEMENT_KIND_LABELS,
  ASSOCIATION_KIND_LABELS,
  ASSOCIATION_ROLE_LABELS,
  MEETING_FORMAT_LABELS,
  MENTOR_DIRECTION_LABELS,
  MENTOR_TYPE_LABELS,
  MENTORING_FORM_LABELS,
  MENTORING_MODEL_LABELS,
  MENTORSHIP_STATUS_LABELS,
  NETWORK_EDGE_KIND_LABELS,
  NETWORK_MEMBER_ROLE_LABELS,
  NETWORK_MODEL_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_STATUS_LABELS,
  POSITION_KIND_LABELS,
  QUALIFICATION_CATEGORY_LABELS,
  ROLE_LABELS,
  SESSION_FORMAT_LABELS,
} from '@metodset/shared';
import { describe, expect, it } from 'vitest';
import { createAppI18n, russianPlural } from './index';
import { ru } from './ru';

/** Every leaf of the messages object as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Source files of the SPA (not the generated gql folder, not tests). */
const sources = Object.entries(
  import.meta.glob(['../**/*.vue', '../**/*.ts', '!../gql/**', '!../**/*.spec.ts', '!../test/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
);

/** Literal keys passed to t(…) / i18n.global.t(…) in the sources. */
function usedKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const call = /\bt\(\s*'([a-zA-Z][\w.]*)'/g;
  for (const [file, text] of sources) {
    for (const m of text.matchAll(call)) if (m[1]) found.push({ file, key: m[1] });
  }
  return found;
}

describe('ru messages', () => {
  const i18n = createAppI18n();
  const { t, te } = i18n.global;

  it('has no empty strings and only strings as leaves', () => {
    for (const [key, value] of leaves(ru)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('compiles and renders every message', () => {
    for (const [key] of leaves(ru)) {
      const text = t(key, { count: 2, n: 2, from: 1, to: 2, total: 3, name: 'Школа', min: 1, max: 2 });
      expect(text, key).not.toBe(key);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('defines every key the sources use', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(50);
    const missing = keys.filter(({ key }) => !te(key, 'ru'));
    expect(missing).toEqual([]);
  });

  it('labels every value of the shared enums', () => {
    const sections: [string, object][] = [
      ['enums.organizationKind', ORGANIZATION_KIND_LABELS],
      ['enums.organizationStatus', ORGANIZATION_STATUS_LABELS],
      ['enums.organizationStatusShort', ORGANIZATION_STATUS_LABELS],
      ['enums.positionKind', POSITION_KIND_LABELS],
      ['enums.qualificationCategory', QUALIFICATION_CATEGORY_LABELS],
      ['enums.role', ROLE_LABELS],
      ['enums.networkModel', NETWORK_MODEL_LABELS],
      ['enums.networkMemberRole', NETWORK_MEMBER_ROLE_LABELS],
      ['enums.networkEdgeKind', NETWORK_EDGE_KIND_LABELS],
      ['enums.agreementKind', AGREEMENT_KIND_LABELS],
      ['enums.associationKind', ASSOCIATION_KIND_LABELS],
      ['enums.associationRole', ASSOCIATION_ROLE_LABELS],
      ['enums.meetingFormat', MEETING_FORMAT_LABELS],
      ['enums.mentoringModel', MENTORING_MODEL_LABELS],
      ['enums.mentoringForm', MENTORING_FORM_LABELS],
      ['enums.mentorType', MENTOR_TYPE_LABELS],
      ['enums.mentorDirection', MENTOR_DIRECTION_LABELS],
      ['enums.mentorshipStatus', MENTORSHIP_STATUS_LABELS],
      ['enums.sessionFormat', SESSION_FORMAT_LABELS],
    ];
    for (const [section, labels] of sections) {
      for (const value of Object.keys(labels)) expect(te(`${section}.${value}`, 'ru'), `${section}.${value}`).toBe(true);
    }
    for (const value of ['ACTIVE', 'ARCHIVED', 'ALL']) expect(te(`archivedFilter.${value}`, 'ru')).toBe(true);
    for (const value of ['ORGANIZATIONS', 'PEOPLE']) expect(te(`registryImport.kinds.${value}`, 'ru')).toBe(true);
    for (const value of ['graph', 'members', 'edges', 'agreements']) expect(te(`network.tabs.${value}`, 'ru')).toBe(true);
    for (const value of ['members', 'meetings']) expect(te(`association.tabs.${value}`, 'ru')).toBe(true);
    for (const value of ['mentorships', 'form']) expect(te(`mentoring.program.tabs.${value}`, 'ru')).toBe(true);
    for (const value of ['organization', 'municipality', 'network']) expect(te(`host.${value}`, 'ru')).toBe(true);
    for (const value of ['PAIR', 'TRIAD', 'GROUP']) expect(te(`mentoring.shape.${value}`, 'ru') && te(`mentoring.shapeTitle.${value}`, 'ru')).toBe(true);
    for (const value of ['start', 'complete', 'stop']) expect(te(`mentoring.transition.${value}`, 'ru')).toBe(true);
    for (const value of ['MENTOR', 'MENTEE']) expect(te(`mentoring.side.${value}`, 'ru')).toBe(true);
    for (const value of ['wrongType', 'tooLarge', 'emptyFile']) expect(te(`network.agreement.${value}`, 'ru')).toBe(true);
  });

  it('uses Russian plural forms', () => {
    expect([0, 1, 2, 5, 11, 21, 22, 25, 111].map((n) => t('person.years', n))).toEqual([
      '0 лет',
      '1 год',
      '2 года',
      '5 лет',
      '11 лет',
      '21 год',
      '22 года',
      '25 лет',
      '111 лет',
    ]);
    expect(russianPlural(1, 2)).toBe(0);
  });
});
