import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { EventFieldsResolver, EventRegistrationFieldsResolver, EventResponsibleFieldsResolver } from './event-fields.resolver';
import { EventRepository } from './event.repository';
import { EventResolver } from './event.resolver';
import { EventService } from './event.service';

@Module({
  imports: [PersonModule],
  providers: [EventRepository, EventService, EventResolver, EventFieldsResolver, EventResponsibleFieldsResolver, EventRegistrationFieldsResolver],
  exports: [EventRepository, EventService],
})
export class EventModule {}
