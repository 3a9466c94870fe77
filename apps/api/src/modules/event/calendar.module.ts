import { Module } from '@nestjs/common';
import { EventModule } from './event.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** The calendar over EVENTS' events: views, iCal subscriptions and single-event export (its own module, beside EventModule). */
@Module({
  imports: [EventModule],
  controllers: [CalendarFeedController],
  providers: [CalendarRepository, CalendarService, CalendarResolver],
})
export class CalendarModule {}
