import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { EventRepository } from './event.repository';
import { EventResolver } from './event.resolver';
import { EventService } from './event.service';

@Module({
  imports: [PersonModule],
  providers: [EventRepository, EventService, EventResolver],
  exports: [EventRepository, EventService],
})
export class EventModule {}
