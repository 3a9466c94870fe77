import { Module } from '@nestjs/common';
import { DiagnosticsModule } from '../diagnostics/diagnostics.module';
import { DocumentModule } from '../document/document.module';
import { EventModule } from '../event/event.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { InternshipModule } from '../internship/internship.module';
import { MentoringModule } from '../mentoring/mentoring.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { RouteModule } from '../route/route.module';
import { SurveyModule } from '../survey/survey.module';
import { AgendaResolver, SchoolHomeResolver } from './home.resolver';
import { HomeService } from './home.service';

/** The page each role lands on: «Моя страница» (what waits for a teacher or mentor) and the school page. No tables of its own. */
@Module({
  imports: [DiagnosticsModule, DocumentModule, RouteModule, EventModule, InternshipModule, MentoringModule, SurveyModule, PersonModule, OrganizationModule, IndicatorModule],
  providers: [HomeService, AgendaResolver, SchoolHomeResolver],
})
export class HomeModule {}
