import { RoleKind } from '@metodset/shared';

/** One demo account per role. All share DEMO_PASSWORD (printed by `npm start`). */
export const DEMO_PASSWORD = 'metodset-demo-2026';

export interface DemoAccount {
  login: string;
  displayName: string;
  description: string;
  role: RoleKind;
  scope?: { regionCode?: string; municipality?: string; organizationKey?: string };
  personKey?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: 'admin', displayName: 'Администратор платформы', description: 'администратор платформы (всё)', role: RoleKind.PLATFORM_ADMIN },
  {
    login: 'coordinator.lo',
    displayName: 'Региональный координатор (Ленинградская обл.)',
    description: 'региональный координатор: Ленинградская область',
    role: RoleKind.REGIONAL_COORDINATOR,
    scope: { regionCode: '47' },
  },
  {
    login: 'methodist.podporozhye',
    displayName: 'Методист ИМЦ Подпорожского района',
    description: 'муниципальный методист: Подпорожский район',
    role: RoleKind.MUNICIPAL_METHODIST,
    scope: { municipality: 'Подпорожский муниципальный район' },
  },
  {
    login: 'methodist.yaroslavl',
    displayName: 'Методист г. Ярославля',
    description: 'муниципальный методист: город Ярославль (банк практик, рассмотрение карточек)',
    role: RoleKind.MUNICIPAL_METHODIST,
    scope: { municipality: 'городской округ город Ярославль' },
  },
  {
    login: 'methodist.timashevsk',
    displayName: 'Методист ЦРО Тимашевского района',
    description: 'муниципальный методист: Тимашевский район',
    role: RoleKind.MUNICIPAL_METHODIST,
    scope: { municipality: 'Тимашевский район' },
  },
  {
    login: 'methodist.vorkuta',
    displayName: 'Методист МКУ «Воркутинский Дом Учителя»',
    description: 'муниципальный методист: городской округ «Воркута» (демонстрационные данные)',
    role: RoleKind.MUNICIPAL_METHODIST,
    scope: { municipality: 'городской округ «Воркута»' },
    personKey: 'demo:person:11-vorkuta-du-methodist',
  },
  {
    login: 'school12.vorkuta',
    displayName: 'Администратор МОУ «СОШ № 12» г. Воркуты',
    description: 'администратор организации: школа №12, Воркута',
    role: RoleKind.ORGANIZATION_ADMIN,
    scope: { organizationKey: 'demo:org:11-vorkuta-sosh-12' },
  },
  {
    login: 'mentor.zhdanova',
    displayName: 'Жданова Тамара Михайловна',
    description: 'наставник: учитель математики школы №35, Воркута',
    role: RoleKind.MENTOR,
    personKey: 'demo:person:11-vorkuta-sosh35-math',
  },
  {
    login: 'teacher.filippov',
    displayName: 'Филиппов Максим Игоревич',
    description: 'педагог: молодой учитель математики школы №12, Воркута',
    role: RoleKind.TEACHER,
    personKey: 'demo:person:11-vorkuta-sosh12-young-math',
  },
  {
    login: 'teacher.timashevsk',
    displayName: 'Сидоренко Алина Сергеевна',
    description: 'педагог: молодой учитель математики МБОУ СОШ № 1, Тимашевский район (демонстрационные данные), стажёр',
    role: RoleKind.TEACHER,
    personKey: 'demo:person:23-tim-sosh1-intern',
  },
];
