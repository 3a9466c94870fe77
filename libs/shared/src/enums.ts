/**
 * Domain enums shared by the API and the SPA. Values are stable codes stored in the
 * database and sent over GraphQL; labels are what users read (Russian first).
 */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum OrganizationKind {
  SCHOOL = 'SCHOOL',
  GYMNASIUM = 'GYMNASIUM',
  LYCEUM = 'LYCEUM',
  EDUCATION_CENTER = 'EDUCATION_CENTER',
  BOARDING_SCHOOL = 'BOARDING_SCHOOL',
  KINDERGARTEN = 'KINDERGARTEN',
  ADDITIONAL_EDUCATION = 'ADDITIONAL_EDUCATION',
  METHODOLOGICAL_SERVICE = 'METHODOLOGICAL_SERVICE',
  EDUCATION_AUTHORITY = 'EDUCATION_AUTHORITY',
  INSTITUTE = 'INSTITUTE',
  UNIVERSITY = 'UNIVERSITY',
  PARTNER = 'PARTNER',
}

export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = {
  SCHOOL: 'Общеобразовательная школа (СОШ, ООШ)',
  GYMNASIUM: 'Гимназия',
  LYCEUM: 'Лицей',
  EDUCATION_CENTER: 'Образовательный центр',
  BOARDING_SCHOOL: 'Школа-интернат',
  KINDERGARTEN: 'Дошкольная организация (ДОУ)',
  ADDITIONAL_EDUCATION: 'Организация дополнительного образования',
  METHODOLOGICAL_SERVICE: 'Методическая служба (ИМС, ТМС, центр, дом учителя)',
  EDUCATION_AUTHORITY: 'Орган управления образованием',
  INSTITUTE: 'Институт развития образования (ИРО)',
  UNIVERSITY: 'Вуз',
  PARTNER: 'Иной партнёр',
};

export enum OrganizationStatusKind {
  LOW_RESULTS = 'LOW_RESULTS',
  UNFAVOURABLE_CONDITIONS = 'UNFAVOURABLE_CONDITIONS',
  HIGH_RESULTS = 'HIGH_RESULTS',
  PROJECT_500 = 'PROJECT_500',
  MINPROS_SCHOOL_BASIC = 'MINPROS_SCHOOL_BASIC',
  MINPROS_SCHOOL_MEDIUM = 'MINPROS_SCHOOL_MEDIUM',
  MINPROS_SCHOOL_HIGH = 'MINPROS_SCHOOL_HIGH',
  RESOURCE_CENTER = 'RESOURCE_CENTER',
  MUNICIPAL_INNOVATION_SITE = 'MUNICIPAL_INNOVATION_SITE',
  REGIONAL_INNOVATION_SITE = 'REGIONAL_INNOVATION_SITE',
  FEDERAL_INNOVATION_SITE = 'FEDERAL_INNOVATION_SITE',
  STAGING_SITE = 'STAGING_SITE',
  SUPPORT_SITE = 'SUPPORT_SITE',
  GROWTH_POINT = 'GROWTH_POINT',
}

export const ORGANIZATION_STATUS_LABELS: Labels<OrganizationStatusKind> = {
  LOW_RESULTS: 'НОР (низкие образовательные результаты)',
  UNFAVOURABLE_CONDITIONS: 'НСУ (неблагоприятные социальные условия)',
  HIGH_RESULTS: 'ВОР (высокие образовательные результаты)',
  PROJECT_500: 'Участник проекта «500+»',
  MINPROS_SCHOOL_BASIC: '«Школа Минпросвещения России»: базовый уровень',
  MINPROS_SCHOOL_MEDIUM: '«Школа Минпросвещения России»: средний уровень',
  MINPROS_SCHOOL_HIGH: '«Школа Минпросвещения России»: высокий уровень',
  RESOURCE_CENTER: 'Ресурсный центр (КРЦ)',
  MUNICIPAL_INNOVATION_SITE: 'Муниципальная инновационная площадка (МИП)',
  REGIONAL_INNOVATION_SITE: 'Краевая/региональная инновационная площадка (КИП, РИП)',
  FEDERAL_INNOVATION_SITE: 'Федеральная инновационная площадка (ФИП)',
  STAGING_SITE: 'Стажировочная площадка',
  SUPPORT_SITE: 'Опорная площадка',
  GROWTH_POINT: 'Центр «Точка роста»',
};

/** Short labels for badges in tables. */
export const ORGANIZATION_STATUS_SHORT: Labels<OrganizationStatusKind> = {
  LOW_RESULTS: 'НОР',
  UNFAVOURABLE_CONDITIONS: 'НСУ',
  HIGH_RESULTS: 'ВОР',
  PROJECT_500: '500+',
  MINPROS_SCHOOL_BASIC: 'ШМР: базовый',
  MINPROS_SCHOOL_MEDIUM: 'ШМР: средний',
  MINPROS_SCHOOL_HIGH: 'ШМР: высокий',
  RESOURCE_CENTER: 'КРЦ',
  MUNICIPAL_INNOVATION_SITE: 'МИП',
  REGIONAL_INNOVATION_SITE: 'КИП',
  FEDERAL_INNOVATION_SITE: 'ФИП',
  STAGING_SITE: 'Стажировочная',
  SUPPORT_SITE: 'Опорная',
  GROWTH_POINT: 'Точка роста',
};

export enum MunicipalityKind {
  DISTRICT = 'DISTRICT',
  URBAN_OKRUG = 'URBAN_OKRUG',
  MUNICIPAL_OKRUG = 'MUNICIPAL_OKRUG',
  CITY = 'CITY',
}

export const MUNICIPALITY_KIND_LABELS: Labels<MunicipalityKind> = {
  DISTRICT: 'Муниципальный район',
  URBAN_OKRUG: 'Городской округ',
  MUNICIPAL_OKRUG: 'Муниципальный округ',
  CITY: 'Город',
};

export enum PositionKind {
  TEACHER = 'TEACHER',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  DIRECTOR = 'DIRECTOR',
  METHODIST = 'METHODIST',
  HEAD_OF_SCHOOL_ASSOCIATION = 'HEAD_OF_SCHOOL_ASSOCIATION',
  HEAD_OF_DISTRICT_ASSOCIATION = 'HEAD_OF_DISTRICT_ASSOCIATION',
  PRESCHOOL_TEACHER = 'PRESCHOOL_TEACHER',
  OTHER = 'OTHER',
}

export const POSITION_KIND_LABELS: Labels<PositionKind> = {
  TEACHER: 'Учитель',
  DEPUTY_DIRECTOR: 'Заместитель директора по учебной работе',
  DIRECTOR: 'Директор (заведующий)',
  METHODIST: 'Методист',
  HEAD_OF_SCHOOL_ASSOCIATION: 'Руководитель ШМО',
  HEAD_OF_DISTRICT_ASSOCIATION: 'Руководитель РМО',
  PRESCHOOL_TEACHER: 'Воспитатель',
  OTHER: 'Иная должность',
};

export enum QualificationCategory {
  NONE = 'NONE',
  FIRST = 'FIRST',
  HIGHEST = 'HIGHEST',
  METHODIST = 'METHODIST',
  MENTOR = 'MENTOR',
}

export const QUALIFICATION_CATEGORY_LABELS: Labels<QualificationCategory> = {
  NONE: 'Без категории',
  FIRST: 'Первая',
  HIGHEST: 'Высшая',
  METHODIST: '«Педагог-методист»',
  MENTOR: '«Педагог-наставник»',
};

export enum RoleKind {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  REGIONAL_COORDINATOR = 'REGIONAL_COORDINATOR',
  MUNICIPAL_METHODIST = 'MUNICIPAL_METHODIST',
  ORGANIZATION_ADMIN = 'ORGANIZATION_ADMIN',
  MENTOR = 'MENTOR',
  TEACHER = 'TEACHER',
}

export const ROLE_LABELS: Labels<RoleKind> = {
  PLATFORM_ADMIN: 'Администратор платформы',
  REGIONAL_COORDINATOR: 'Региональный координатор',
  MUNICIPAL_METHODIST: 'Муниципальный методист',
  ORGANIZATION_ADMIN: 'Администратор организации',
  MENTOR: 'Наставник',
  TEACHER: 'Педагог',
};

/** Which scope a role is held with. */
export const ROLE_SCOPE: Readonly<Record<RoleKind, 'platform' | 'region' | 'municipality' | 'organization' | 'self'>> = {
  PLATFORM_ADMIN: 'platform',
  REGIONAL_COORDINATOR: 'region',
  MUNICIPAL_METHODIST: 'municipality',
  ORGANIZATION_ADMIN: 'organization',
  MENTOR: 'self',
  TEACHER: 'self',
};

/** A young teacher (молодой педагог) has at most this many years of experience. */
export const YOUNG_TEACHER_MAX_YEARS = 3;
