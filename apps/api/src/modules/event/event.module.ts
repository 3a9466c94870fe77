import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { RouteEvidenceModule } from '../route/route-evidence.service';
import { EventFieldsResolver, EventRegistrationFieldsResolver, EventResponsibleFieldsResolver } from './event-fields.resolver';
import { EventRepository } from './event.repository';
import { EventResolver } from './event.resolver';
import { EventService } from './event.service';

@Module({
  imports: [PersonModule, RouteEvidenceModule],
  providers: [EventRepository, EventService, EventResolver, EventFieldsResolver, EventResponsibleFieldsResolver, EventRegistrationFieldsResolver],
  exports: [EventRepository, EventService],
})
export class EventModule {}
