import { QualificationCategory } from '@metodset/shared';

/**
 * Illustrative employment and qualification-category histories for the FICTIONAL schools of seed 000 («Школа А … Д
 * (иллюстративная)», «Будем дружить школами»). Only the invented people of those schools (stored illustrative) get a
 * history: the programme's named authors get none. Every date and order here is invented for the demo, so that the
 * computed indicators «young teachers retained» and «qualification categories» have something to count.
 */
export const HISTORY_ORDER_REF = 'демонстрационные данные (иллюстративно)';

/** The year the people's stated experience (`experienceYears`) counts to: a position started on 1 September of (this − experience). */
export const HISTORY_EXPERIENCE_YEAR = 2026;

/** The schools whose invented people get a history (seed 000's fictional participants). */
export const HISTORY_SCHOOLS = [
  'demo:org:53-borovichi-sosh-9',
  'demo:org:53-borovichi-gymnasium',
  'demo:org:53-borovichi-sosh-11',
  'demo:org:53-borovichi-opechensky-posad',
  'demo:org:53-borovichi-volok',
];

export interface DemoCategoryRecord {
  category: QualificationCategory;
  assignedOn: string;
  validUntil: string;
}

/** Category histories by person key; the last record is the category the person holds now (as on the person's card). */
export const CATEGORY_HISTORIES: Record<string, DemoCategoryRecord[]> = {
  'demo:person:53-borovichi-sosh9-math': [
    { category: QualificationCategory.HIGHEST, assignedOn: '2017-12-20', validUntil: '2022-12-20' },
    { category: QualificationCategory.MENTOR, assignedOn: '2022-12-20', validUntil: '2027-12-20' },
  ],
  'demo:person:53-borovichi-gym-deputy': [
    { category: QualificationCategory.HIGHEST, assignedOn: '2021-04-15', validUntil: '2026-04-15' },
    { category: QualificationCategory.HIGHEST, assignedOn: '2026-03-25', validUntil: '2031-03-25' },
  ],
  'demo:person:53-borovichi-gym-chem': [
    { category: QualificationCategory.FIRST, assignedOn: '2016-11-10', validUntil: '2021-11-10' },
    { category: QualificationCategory.HIGHEST, assignedOn: '2021-10-28', validUntil: '2026-10-28' },
    { category: QualificationCategory.METHODIST, assignedOn: '2025-05-22', validUntil: '2030-05-22' },
  ],
  'demo:person:53-borovichi-sosh11-primary': [{ category: QualificationCategory.HIGHEST, assignedOn: '2022-03-17', validUntil: '2027-03-17' }],
  'demo:person:53-borovichi-sosh11-physics': [{ category: QualificationCategory.FIRST, assignedOn: '2024-01-25', validUntil: '2029-01-25' }],
  'demo:person:53-opechensky-director': [
    { category: QualificationCategory.FIRST, assignedOn: '2020-12-03', validUntil: '2025-12-03' },
    { category: QualificationCategory.FIRST, assignedOn: '2025-11-27', validUntil: '2030-11-27' },
  ],
  'demo:person:53-opechensky-bio': [{ category: QualificationCategory.FIRST, assignedOn: '2023-06-15', validUntil: '2028-06-15' }],
  'demo:person:53-volok-deputy': [
    { category: QualificationCategory.FIRST, assignedOn: '2019-05-30', validUntil: '2024-05-30' },
    { category: QualificationCategory.FIRST, assignedOn: '2024-05-16', validUntil: '2029-05-16' },
  ],
  'demo:person:53-volok-rus': [
    { category: QualificationCategory.FIRST, assignedOn: '2018-02-22', validUntil: '2023-02-22' },
    { category: QualificationCategory.HIGHEST, assignedOn: '2022-12-15', validUntil: '2027-12-15' },
  ],
};

/** An invented young teacher who left: started at «Школа В» in September 2024, left at the end of June 2026. */
export const YOUNG_TEACHER_WHO_LEFT = {
  key: 'demo:person:53-borovichi-sosh11-young-left',
  organizationKey: 'demo:org:53-borovichi-sosh-11',
  lastName: 'Лебедев',
  firstName: 'Кирилл',
  middleName: 'Андреевич',
  title: 'учитель информатики',
  subjects: ['Информатика'],
  experienceYears: 2,
  startedOn: '2024-09-01',
  endedOn: '2026-06-30',
};
