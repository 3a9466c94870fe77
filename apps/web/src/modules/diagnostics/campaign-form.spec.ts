import { describe, expect, it } from 'vitest';
import { parseCampaignListQuery, toCampaignFilter, toCampaignListQuery } from './campaign-list-state';
import { emptyCampaignForm, toCreateCampaignInput, toUpdateCampaignInput, validateCampaignForm, type CampaignFormState } from './campaign-form';

const M = { required: 'req', endBeforeStart: 'end', organizationsMin: 'orgs', years: 'years', weight: 'weight' };
const form = (extra: Partial<CampaignFormState> = {}): CampaignFormState => ({
  ...emptyCampaignForm(),
  name: 'Диагностика',
  instrumentId: 'ins',
  organizations: [{ id: 'o1', name: 'Школа' }],
  opensOn: '2026-11-01',
  closesOn: '2027-06-30',
  ...extra,
});

describe('campaign form', () => {
  it('checks the set-up: combine rule for COMBINED, the scope picker of the kind, the period, the audience', () => {
    expect(validateCampaignForm(form(), M)).toEqual({});
    expect(validateCampaignForm(form({ mode: 'COMBINED' }), M)).toEqual({ combineRule: 'req' });
    expect(validateCampaignForm(form({ mode: 'COMBINED', combineRule: 'WEIGHTED', selfWeight: 120 }), M)).toEqual({ selfWeight: 'weight' });
    expect(validateCampaignForm(form({ scopeKind: 'NETWORK' }), M)).toEqual({ networkId: 'req' });
    expect(validateCampaignForm(form({ organizations: [] }), M)).toEqual({ organizationIds: 'orgs' });
    expect(validateCampaignForm(form({ closesOn: '2026-10-01' }), M)).toEqual({ closesOn: 'end' });
    expect(validateCampaignForm(form({ maxExperienceYears: 'три' }), M)).toEqual({ maxExperienceYears: 'years' });
    // Once open the set-up is not checked (nor sent).
    expect(validateCampaignForm(form({ setupFixed: true, instrumentId: null, organizations: [] }), M)).toEqual({});
  });

  it('sends only the fields of the chosen scope and mode', () => {
    const input = toCreateCampaignInput(form({ maxExperienceYears: ' 3 ', subjects: 'Математика, физика; Математика', networkId: 'n1' }));
    expect(input).toMatchObject({ organizationIds: ['o1'], networkId: null, combineRule: null, maxExperienceYears: 3, subjects: ['Математика', 'физика'] });
    expect(toCreateCampaignInput(form({ scopeKind: 'NETWORK', networkId: 'n1', mode: 'COMBINED', combineRule: 'MIN', selfWeight: 30 }))).toMatchObject({
      networkId: 'n1',
      organizationIds: [],
      combineRule: 'MIN',
      selfWeight: 50,
    });
    expect(toUpdateCampaignInput(form({ setupFixed: true, name: ' Новое ' }))).toEqual({ name: 'Новое', description: '', closesOn: '2027-06-30' });
  });

  it('keeps the list filters in the URL', () => {
    const state = parseCampaignListQuery({ q: 'база', status: 'OPEN', archived: '1', instrument: 'i1' });
    expect(state).toEqual({ search: 'база', status: 'OPEN', instrumentId: 'i1', includeArchived: true });
    expect(toCampaignListQuery(state)).toEqual({ q: 'база', status: 'OPEN', archived: '1', instrument: 'i1' });
    expect(parseCampaignListQuery({ status: 'NOPE' }).status).toBeNull();
    expect(toCampaignFilter({ ...state, includeArchived: false }).includeArchived).toBeNull();
  });
});
