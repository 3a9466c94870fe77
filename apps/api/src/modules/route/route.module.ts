import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { EventRouteSource } from '../event/event-route-source';
import { StagingRouteSource } from '../staging/staging-route-source';
import { RouteBuildService } from './route-build.service';
import { ROUTE_EVENT_SOURCE, ROUTE_MODULE_SOURCE } from './route-link-sources';
import { LearningRouteFieldsResolver, RouteStepFieldsResolver } from './route-fields.resolver';
import { RouteLocks } from './route-locks';
import { MatchingMentorSource, ROUTE_MENTOR_SOURCE } from './route-mentor-source';
import { RouteStepResolver } from './route-step.resolver';
import { RouteStepService } from './route-step.service';
import { RouteRepository } from './route.repository';
import { RouteResolver } from './route.resolver';
import { RouteService } from './route.service';

@Module({
  imports: [MatchingModule, OrganizationModule, PersonModule],
  providers: [
    RouteRepository,
    RouteLocks,
    RouteService,
    RouteStepService,
    RouteBuildService,
    RouteResolver,
    RouteStepResolver,
    LearningRouteFieldsResolver,
    RouteStepFieldsResolver,
    { provide: ROUTE_MENTOR_SOURCE, useClass: MatchingMentorSource },
    { provide: ROUTE_EVENT_SOURCE, useClass: EventRouteSource },
    { provide: ROUTE_MODULE_SOURCE, useClass: StagingRouteSource },
  ],
  exports: [RouteService],
})
export class RouteModule {}
