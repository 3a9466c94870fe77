/** Professional associations of teachers (объединения): ШМО, РМО, ПОС, groups, councils. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum AssociationKind {
  SCHOOL_SUBJECT = 'SCHOOL_SUBJECT',
  DISTRICT_SUBJECT = 'DISTRICT_SUBJECT',
  NETWORK_PEDAGOGICAL = 'NETWORK_PEDAGOGICAL',
  LEARNING_COMMUNITY = 'LEARNING_COMMUNITY',
  WORKING_GROUP = 'WORKING_GROUP',
  CREATIVE_GROUP = 'CREATIVE_GROUP',
  COORDINATION_COUNCIL = 'COORDINATION_COUNCIL',
}

export const ASSOCIATION_KIND_LABELS: Labels<AssociationKind> = {
  SCHOOL_SUBJECT: 'Школьное методическое объединение (ШМО)',
  DISTRICT_SUBJECT: 'Районное методическое объединение (РМО)',
  NETWORK_PEDAGOGICAL: 'Сетевое педагогическое объединение',
  LEARNING_COMMUNITY: 'Профессиональное обучающееся сообщество (ПОС)',
  WORKING_GROUP: 'Рабочая группа',
  CREATIVE_GROUP: 'Творческая группа',
  COORDINATION_COUNCIL: 'Координационный совет',
};

/** Where an association of each kind lives: an organisation, a municipality or a network. */
export const ASSOCIATION_HOST: Readonly<Record<AssociationKind, readonly ('organization' | 'municipality' | 'network')[]>> = {
  SCHOOL_SUBJECT: ['organization'],
  DISTRICT_SUBJECT: ['municipality'],
  NETWORK_PEDAGOGICAL: ['network'],
  LEARNING_COMMUNITY: ['organization', 'municipality', 'network'],
  WORKING_GROUP: ['organization', 'municipality', 'network'],
  CREATIVE_GROUP: ['organization', 'municipality', 'network'],
  COORDINATION_COUNCIL: ['network', 'municipality'],
};

export enum AssociationRole {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}

export const ASSOCIATION_ROLE_LABELS: Labels<AssociationRole> = {
  HEAD: 'Руководитель',
  DEPUTY: 'Заместитель руководителя',
  SECRETARY: 'Секретарь',
  MEMBER: 'Участник',
};

export enum MeetingFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  MIXED = 'MIXED',
}

export const MEETING_FORMAT_LABELS: Labels<MeetingFormat> = {
  IN_PERSON: 'Очно',
  ONLINE: 'Онлайн',
  MIXED: 'Смешанный формат',
};
