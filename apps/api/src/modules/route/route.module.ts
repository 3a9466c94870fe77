import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { RouteAccess } from './route-access';
import { RouteBuildService } from './route-build.service';
import { LearningRouteFieldsResolver, RouteStepFieldsResolver } from './route-fields.resolver';
import { RouteLocks } from './route-locks';
import { ProficitMentorSource, ROUTE_MENTOR_SOURCE } from './route-mentor-source';
import { RouteStepResolver } from './route-step.resolver';
import { RouteStepService } from './route-step.service';
import { RouteRepository } from './route.repository';
import { RouteResolver } from './route.resolver';
import { RouteService } from './route.service';

@Module({
  imports: [NetworkModule, OrganizationModule, PersonModule],
  providers: [
    RouteRepository,
    RouteAccess,
    RouteLocks,
    RouteService,
    RouteStepService,
    RouteBuildService,
    RouteResolver,
    RouteStepResolver,
    LearningRouteFieldsResolver,
    RouteStepFieldsResolver,
    // The integrator may bind the matching module's suggestions here instead.
    { provide: ROUTE_MENTOR_SOURCE, useClass: ProficitMentorSource },
  ],
})
export class RouteModule {}
