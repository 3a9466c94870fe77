import { describe, expect, it } from 'vitest';
import { emptyPlanItemForm, isPlanItemField, responsibleKnown, toPlanItemInput } from './plan-item-form';

describe('plan item form: responsible people and organisations', () => {
  const initial = { ...emptyPlanItemForm(), title: 'Флешмоб', responsiblePersonIds: ['p1'], responsibleOrganizationIds: ['o1'] };

  it('sends both lists for a new item', () => {
    expect(toPlanItemInput({ ...emptyPlanItemForm(), title: 'Деловая игра', responsiblePersonIds: ['p2'] })).toMatchObject({ responsiblePersonIds: ['p2'], responsibleOrganizationIds: [] });
  });

  it('leaves an unchanged list out of an edit, so parties the caller cannot see are never replaced', () => {
    const input = toPlanItemInput({ ...initial, responsibleOrganizationIds: ['o1', 'o2'] }, initial);
    expect(input).not.toHaveProperty('responsiblePersonIds');
    expect(input.responsibleOrganizationIds).toEqual(['o1', 'o2']);
    expect(toPlanItemInput({ ...initial, responsiblePersonIds: [] }, initial).responsiblePersonIds).toEqual([]);
  });

  it('shows a refused entry of a list under its list and labels the chosen parties', () => {
    expect(isPlanItemField('responsiblePersonIds.0')).toBe(true);
    expect(isPlanItemField('responsibleOrganizationIds')).toBe(true);
    expect(isPlanItemField('somethingElse.0')).toBe(false);
    const known = responsibleKnown({
      responsible: [
        { __typename: 'PlanItemParty', id: 'x1', person: { __typename: 'PersonCard', id: 'p1', fullName: 'Иванова Анна Петровна' }, organization: null },
        { __typename: 'PlanItemParty', id: 'x2', person: null, organization: { __typename: 'Organization', id: 'o1', shortName: 'СОШ № 2', name: 'МБОУ СОШ № 2' } },
      ],
    } as never);
    expect(known).toEqual({ people: [{ value: 'p1', label: 'Иванова Анна Петровна', place: null }], organizations: [{ id: 'o1', name: 'СОШ № 2' }] });
  });
});
