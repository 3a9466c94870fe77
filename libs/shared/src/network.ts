/** Networks of organisations (методические сети, сетевое взаимодействие). */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum NetworkModel {
  SCHOOL_TO_SCHOOL_HIERARCHY = 'SCHOOL_TO_SCHOOL_HIERARCHY',
  CONCENTRIC = 'CONCENTRIC',
  DISTRIBUTED = 'DISTRIBUTED',
  MIXED = 'MIXED',
  RESOURCE_CENTER_SERVICES = 'RESOURCE_CENTER_SERVICES',
  BILATERAL_PARTNERSHIP = 'BILATERAL_PARTNERSHIP',
  INTER_REGIONAL = 'INTER_REGIONAL',
}

export const NETWORK_MODEL_LABELS: Labels<NetworkModel> = {
  SCHOOL_TO_SCHOOL_HIERARCHY: 'Иерархическая сеть «Школа – школе» (уровни)',
  CONCENTRIC: 'Концентрическая',
  DISTRIBUTED: 'Распределённая',
  MIXED: 'Смешанная',
  RESOURCE_CENTER_SERVICES: 'Сеть методических служб вокруг ресурсного центра',
  BILATERAL_PARTNERSHIP: 'Двустороннее партнёрство',
  INTER_REGIONAL: 'Межрегиональная',
};

/** Models where support must not go round in a circle. */
export const ACYCLIC_MODELS: readonly NetworkModel[] = [
  NetworkModel.SCHOOL_TO_SCHOOL_HIERARCHY,
  NetworkModel.CONCENTRIC,
  NetworkModel.RESOURCE_CENTER_SERVICES,
];

/**
 * Models whose members have levels (1 = the strongest). A mixed model («смешанная, с элементами концентрической и
 * распределённой», Podporozhye) may have levels but does not require them: see LEVELS_OPTIONAL_MODELS.
 */
export const LEVELLED_MODELS: readonly NetworkModel[] = [NetworkModel.SCHOOL_TO_SCHOOL_HIERARCHY, NetworkModel.CONCENTRIC, NetworkModel.MIXED];
/** Levelled models where a member may have no level; a link between two members with levels still follows them. */
export const LEVELS_OPTIONAL_MODELS: readonly NetworkModel[] = [NetworkModel.MIXED];
export const NETWORK_MAX_LEVEL = 5;

export enum NetworkMemberRole {
  COORDINATOR = 'COORDINATOR',
  RESOURCE_CENTER = 'RESOURCE_CENTER',
  MENTOR_SCHOOL = 'MENTOR_SCHOOL',
  SUPPORTED_SCHOOL = 'SUPPORTED_SCHOOL',
  METHODOLOGICAL_SERVICE = 'METHODOLOGICAL_SERVICE',
  PARTNER = 'PARTNER',
  PARTICIPANT = 'PARTICIPANT',
}

export const NETWORK_MEMBER_ROLE_LABELS: Labels<NetworkMemberRole> = {
  COORDINATOR: 'Координатор сети',
  RESOURCE_CENTER: 'Ресурсный центр',
  MENTOR_SCHOOL: 'Школа-наставник',
  SUPPORTED_SCHOOL: 'Школа, получающая поддержку',
  METHODOLOGICAL_SERVICE: 'Методическая служба',
  PARTNER: 'Партнёр',
  PARTICIPANT: 'Участник',
};

/** Membership by consent: an organisation outside the coordinator's reach is invited and takes part once it accepts. */
export enum NetworkMemberStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
}

export const NETWORK_MEMBER_STATUS_LABELS: Labels<NetworkMemberStatus> = {
  INVITED: 'Приглашена',
  ACCEPTED: 'Участник',
  DECLINED: 'Отклонила приглашение',
  LEFT: 'Вышла из сети',
};

export enum NetworkEdgeKind {
  /** `from` supports (mentors) `to`. */
  SUPPORT = 'SUPPORT',
  /** `from` may turn to `to` for a consultation (a lower level consulting a higher one). */
  CONSULT = 'CONSULT',
}

export const NETWORK_EDGE_KIND_LABELS: Labels<NetworkEdgeKind> = {
  SUPPORT: 'Поддерживает (наставничество)',
  CONSULT: 'Может консультироваться у',
};

export enum AgreementKind {
  PARTNERSHIP = 'PARTNERSHIP',
  NETWORK_INTERACTION = 'NETWORK_INTERACTION',
  COOPERATION = 'COOPERATION',
}

export const AGREEMENT_KIND_LABELS: Labels<AgreementKind> = {
  PARTNERSHIP: 'Партнёрское соглашение',
  NETWORK_INTERACTION: 'Договор о сетевом взаимодействии',
  COOPERATION: 'Соглашение о сотрудничестве',
};

/** Attached agreement files: a scan or the signed document. */
export const AGREEMENT_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const AGREEMENT_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
/** An agreement whose term ends within this many days is listed as expiring. */
export const AGREEMENT_EXPIRY_WARNING_DAYS = 90;
