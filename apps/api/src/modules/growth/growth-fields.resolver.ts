import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { loaderFor } from '../../common/graphql/loaders';
import { PersonObject } from '../person/dto/person.object';
import { ProfessionalHoursRowObject, ProfessionalHoursYearObject } from './dto/growth.object';
import { GrowthService } from './growth.service';
import { HoursYear } from './professional-hours';

const toObject = (y: HoursYear): ProfessionalHoursYearObject => ({
  personId: y.personId,
  schoolYear: y.schoolYear,
  label: y.label,
  totalHours: y.totalHours,
  rows: y.rows.map(
    (r): ProfessionalHoursRowObject => ({
      personId: r.personId,
      date: r.onDate,
      kind: r.kind,
      title: r.title,
      hours: r.hours,
      eventId: r.eventId,
      certificateNumber: r.certificateNumber,
    }),
  ),
});

@Resolver(() => PersonObject)
export class GrowthFieldsResolver {
  constructor(private readonly growth: GrowthService) {}

  @ResolveField(() => [ProfessionalHoursYearObject], {
    nullable: true,
    description: 'Professional-development hours per school year, latest first (completed internship modules, attended events); null when the caller may not read the person',
  })
  async professionalHours(@Parent() p: PersonObject, @Context('req') req: GateRequest): Promise<ProfessionalHoursYearObject[] | null> {
    const user = req.user;
    if (!user) return null;
    const years = await loaderFor<string, HoursYear[] | null>(req, 'person.professionalHours', (ids) =>
      this.growth.hoursOf(user, req.actor?.scope ?? AccessScope.none(), ids),
    ).load(p.id);
    return years ? years.map(toObject) : null;
  }
}
