import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { EventModule } from './event.module';
import { CrossCheckRepository } from './cross-check.repository';
import { CrossCheckResolver } from './cross-check.resolver';
import { CrossCheckService } from './cross-check.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** The calendar over EVENTS' events: views, iCal subscriptions and single-event export, the cross-check of papers (its own module, beside EventModule). */
@Module({
  imports: [EventModule, PersonModule],
  controllers: [CalendarFeedController],
  providers: [CalendarRepository, CalendarService, CalendarResolver, CrossCheckRepository, CrossCheckService, CrossCheckResolver],
})
export class CalendarModule {}
