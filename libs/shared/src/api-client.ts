/** API clients of regional systems: scope kinds and the domains their permissions are given by. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum ApiClientScopeKind {
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANIZATION = 'ORGANIZATION',
}
export const API_CLIENT_SCOPE_KIND_LABELS: Labels<ApiClientScopeKind> = {
  REGION: 'Регион',
  MUNICIPALITY: 'Муниципалитет',
  ORGANIZATION: 'Организация',
};

/** The parts of the API a client is given read or read-write access to. */
export enum ApiClientDomain {
  REGISTRY = 'REGISTRY',
  NETWORKS = 'NETWORKS',
  MENTORING = 'MENTORING',
  DIAGNOSTICS = 'DIAGNOSTICS',
  ROUTES = 'ROUTES',
  INTERNSHIPS = 'INTERNSHIPS',
  EVENTS = 'EVENTS',
  PLANS = 'PLANS',
  DOCUMENTS = 'DOCUMENTS',
  PRACTICES = 'PRACTICES',
  SYNC = 'SYNC',
}
export const API_CLIENT_DOMAIN_LABELS: Labels<ApiClientDomain> = {
  REGISTRY: 'Реестр: территории, организации, педагоги',
  NETWORKS: 'Сети и объединения',
  MENTORING: 'Наставничество',
  DIAGNOSTICS: 'Компетенции и диагностика',
  ROUTES: 'Индивидуальные маршруты (ИОМ)',
  INTERNSHIPS: 'Стажировочные площадки и стажировки',
  EVENTS: 'Мероприятия',
  PLANS: 'Планы, показатели, дашборды',
  DOCUMENTS: 'Нормативные документы',
  PRACTICES: 'Банк практик',
  SYNC: 'Синхронизация, лента изменений, вебхуки',
};

export enum ApiClientAccess {
  READ = 'READ',
  WRITE = 'WRITE',
}
export const API_CLIENT_ACCESS_LABELS: Labels<ApiClientAccess> = {
  READ: 'Чтение',
  WRITE: 'Чтение и запись',
};

/** Published limits of the API (docs/api.md). */
export const API_RATE_LIMITS = {
  /** Points per hour a client (or a signed-in session) may spend. */
  pointsPerHour: 5_000,
  /** Window of the budget, in seconds. */
  windowSeconds: 3_600,
} as const;
