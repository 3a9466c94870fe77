import { PracticeModule } from './practice/practice.module';
import { EventModule } from './event/event.module';
import { AssociationModule } from './association/association.module';
import { CalendarModule } from './event/calendar.module';
import { DeficitsModule } from './deficits/deficits.module';
import { CompetenceModule } from './competence/competence.module';
import { DocumentModule } from './document/document.module';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { MatchingModule } from './matching/matching.module';
import { DiaryModule } from './diary/diary.module';
import { MentoringModule } from './mentoring/mentoring.module';
import { NetworkModule } from './network/network.module';
import { OrganizationModule } from './organization/organization.module';
import { PersonModule } from './person/person.module';
import { PlanModule } from './plan/plan.module';
import { PlanMonitoringModule } from './plan/plan-monitoring.module';
import { IndicatorModule } from './indicator/indicator.module';
import { InstrumentModule } from './instrument/instrument.module';
import { InternshipModule } from './internship/internship.module';
import { GrowthModule } from './growth/growth.module';
import { ComputedModule } from './indicator/computed/computed.module';
import { RouteModule } from './route/route.module';
import { StagingModule } from './staging/staging.module';
import { RegistryImportModule } from './registry-import/registry-import.module';
import { SurveyModule } from './survey/survey.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { HomeModule } from './home/home.module';

/** Business domains, one folder each (the web app has a folder of the same name). */
export const DOMAIN_MODULES = [OrganizationModule, PersonModule, RegistryImportModule, NetworkModule, AssociationModule, MentoringModule, DiaryModule, SurveyModule, DeficitsModule, CompetenceModule, InstrumentModule, DiagnosticsModule, RouteModule, MatchingModule, StagingModule, EventModule, InternshipModule, PlanModule, CalendarModule, PlanMonitoringModule, GrowthModule, DocumentModule, PracticeModule, IndicatorModule, ComputedModule, DashboardModule, HomeModule, ReportModule];
import { ReportModule } from './report/report.module';

