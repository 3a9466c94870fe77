import { AGREEMENT_FILE_MAX_BYTES } from '@metodset/shared';
import { describe, expect, it } from 'vitest';
import {
  agreementFieldOf,
  agreementFileProblem,
  emptyAgreementForm,
  formatFileSize,
  isAgreementFormField,
  toAgreementInput,
  validateAgreementForm,
} from './agreement-form';
import { edgeRows, emptyEdgeForm, memberOptions, toEdgeInput, validateEdgeForm } from './edge-form';
import { directoryOptions, emptyMemberForm, toMemberInput, validateMemberForm } from './member-form';
import { emptyNetworkForm, toNetworkInput, today, validateNetworkForm } from './network-form';

const required = 'Обязательное поле';

describe('network form', () => {
  const m = { required, endBeforeStart: 'Окончание раньше начала' };

  it('requires name, model, coordinator and start; starts today', () => {
    const form = { ...emptyNetworkForm(), startsOn: '' };
    expect(validateNetworkForm(form, m)).toEqual({ name: required, model: required, coordinatorOrganizationId: required, startsOn: required });
    expect(emptyNetworkForm().startsOn).toBe(today());
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('checks the period and sends blanks as null', () => {
    const form = { ...emptyNetworkForm(), name: ' Сеть ', model: 'MIXED' as const, coordinatorOrganizationId: 'o1', startsOn: '2026-09-01', endsOn: '2026-01-01' };
    expect(validateNetworkForm(form, m)).toEqual({ endsOn: 'Окончание раньше начала' });
    expect(toNetworkInput({ ...form, endsOn: '', goals: '  ' })).toEqual({
      name: 'Сеть',
      model: 'MIXED',
      coordinatorOrganizationId: 'o1',
      startsOn: '2026-09-01',
      endsOn: null,
      goals: '',
    });
  });
});

describe('member form', () => {
  const m = { required, chooseFromList: 'Выберите из списка', alreadyMember: 'Уже в сети', level: 'Уровень — от 1 до 5' };
  const members = new Set(['o-in']);
  const picked = { id: 'o-new', label: 'СОШ №12', fullName: null, place: 'Воркута, Республика Коми' };

  it('wants an organisation picked from the list, not just typed', () => {
    const ctx = { levelled: true, memberOrganizationIds: members };
    expect(validateMemberForm({ ...emptyMemberForm(), role: null }, ctx, m)).toEqual({ organizationId: required, role: required });
    expect(validateMemberForm({ ...emptyMemberForm(), organization: 'СОШ' }, ctx, m)).toEqual({ organizationId: 'Выберите из списка' });
    expect(validateMemberForm({ ...emptyMemberForm(), organization: { ...picked, id: 'o-in' } }, ctx, m)).toEqual({ organizationId: 'Уже в сети' });
  });

  it('checks the level only in levelled models and sends it only there', () => {
    const form = { organization: picked, role: 'SUPPORTED_SCHOOL' as const, level: 7 };
    expect(validateMemberForm(form, { levelled: true, memberOrganizationIds: members }, m)).toEqual({ level: 'Уровень — от 1 до 5' });
    expect(validateMemberForm(form, { levelled: false, memberOrganizationIds: members }, m)).toEqual({});
    expect(toMemberInput({ ...form, level: 3 }, true)).toEqual({ organizationId: 'o-new', role: 'SUPPORTED_SCHOOL', level: 3 });
    expect(toMemberInput({ ...form, level: 3 }, false)).toEqual({ organizationId: 'o-new', role: 'SUPPORTED_SCHOOL', level: null });
  });

  it('lists directory answers without the members, with their place', () => {
    const found = [
      { id: 'o-in', name: 'Школа в сети', shortName: null, kind: 'SCHOOL' as const, municipalityName: 'М', regionName: 'Р' },
      { id: 'o-new', name: 'МОУ «СОШ № 12»', shortName: 'СОШ №12', kind: 'SCHOOL' as const, municipalityName: 'Воркута', regionName: 'Республика Коми' },
    ];
    expect(directoryOptions(found, members)).toEqual([{ id: 'o-new', label: 'СОШ №12', fullName: 'МОУ «СОШ № 12»', place: 'Воркута, Республика Коми' }]);
  });
});

describe('edge form', () => {
  const m = { required, sameMember: 'Два разных участника' };
  const members = [
    { id: 'a', level: 1, organization: { name: 'МБОУ «СОШ №3»', shortName: 'СОШ №3' } },
    { id: 'b', level: 3, organization: { name: 'МБОУ «СОШ №1»', shortName: null } },
  ];

  it('requires both ends and two different members', () => {
    expect(validateEdgeForm(emptyEdgeForm(), m)).toEqual({ fromMemberId: required, toMemberId: required });
    expect(validateEdgeForm({ fromMemberId: 'a', toMemberId: 'a', kind: 'SUPPORT' }, m)).toEqual({ toMemberId: 'Два разных участника' });
    expect(toEdgeInput({ fromMemberId: 'b', toMemberId: 'a', kind: 'CONSULT' })).toEqual({ fromMemberId: 'b', toMemberId: 'a', kind: 'CONSULT' });
  });

  it('names members with their level and edges with their ends, support first', () => {
    expect(memberOptions(members, (n) => `уровень ${n}`)).toEqual([
      { value: 'a', label: 'СОШ №3 (уровень 1)' },
      { value: 'b', label: 'МБОУ «СОШ №1» (уровень 3)' },
    ]);
    const rows = edgeRows(
      [
        { id: 'e2', fromMemberId: 'b', toMemberId: 'a', kind: 'CONSULT' as const },
        { id: 'e1', fromMemberId: 'a', toMemberId: 'b', kind: 'SUPPORT' as const },
      ],
      members,
    );
    expect(rows.map((r) => [r.id, r.from, r.to])).toEqual([
      ['e1', 'СОШ №3', 'МБОУ «СОШ №1»'],
      ['e2', 'МБОУ «СОШ №1»', 'СОШ №3'],
    ]);
  });
});

describe('agreement form', () => {
  const m = { required, partiesMin: 'Две стороны', startsBeforeSigned: 'Начало до подписания', endBeforeStart: 'Конец до начала' };

  it('starts with the coordinator as a party and wants two parties', () => {
    const form = emptyAgreementForm('coord');
    expect(form.partyOrganizationIds).toEqual(['coord']);
    expect(validateAgreementForm(form, m)).toEqual({ number: required, subject: required, partyOrganizationIds: 'Две стороны' });
    expect(validateAgreementForm({ ...form, partyOrganizationIds: ['coord', 'coord'] }, m)).toMatchObject({ partyOrganizationIds: 'Две стороны' });
  });

  it('checks signed ≤ start ≤ end', () => {
    const form = { ...emptyAgreementForm(), number: '1', subject: 'Сотрудничество', partyOrganizationIds: ['a', 'b'] };
    expect(validateAgreementForm({ ...form, signedOn: '2026-02-01', startsOn: '2026-01-01', endsOn: '2025-12-31' }, m)).toEqual({
      startsOn: 'Начало до подписания',
      endsOn: 'Конец до начала',
    });
    expect(validateAgreementForm({ ...form, signedOn: '2026-01-01', startsOn: '2026-01-01', endsOn: '' }, m)).toEqual({});
  });

  it('sends an open-ended term as null and each party once', () => {
    const form = { ...emptyAgreementForm(), number: ' 12/2026 ', subject: ' Обмен опытом ', partyOrganizationIds: ['a', 'b', 'a'], endsOn: ' ' };
    expect(toAgreementInput(form)).toMatchObject({ number: '12/2026', subject: 'Обмен опытом', endsOn: null, partyOrganizationIds: ['a', 'b'] });
  });

  it('shows a refused party under the parties box', () => {
    expect(agreementFieldOf('partyOrganizationIds.1')).toBe('partyOrganizationIds');
    expect(isAgreementFormField('partyOrganizationIds.1')).toBe(true);
    expect(isAgreementFormField('networkId')).toBe(false);
  });

  it('accepts pdf, doc(x), jpg and png up to the limit', () => {
    expect(agreementFileProblem({ name: 'Соглашение.PDF', size: 1000 })).toBeNull();
    expect(agreementFileProblem({ name: 'scan.png', size: AGREEMENT_FILE_MAX_BYTES })).toBeNull();
    expect(agreementFileProblem({ name: 'scan.png', size: AGREEMENT_FILE_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(agreementFileProblem({ name: 'table.xlsx', size: 10 })).toBe('wrongType');
    expect(agreementFileProblem({ name: 'pdf', size: 10 })).toBe('wrongType');
    expect(agreementFileProblem({ name: 'a.doc', size: 0 })).toBe('emptyFile');
  });

  it('formats file sizes', () => {
    const units = { kb: (n: string) => `${n} КБ`, mb: (n: string) => `${n} МБ` };
    expect(formatFileSize(200, units)).toBe('1 КБ');
    expect(formatFileSize(350 * 1024, units)).toBe('350 КБ');
    expect(formatFileSize(1.25 * 1024 * 1024, units)).toBe('1,3 МБ');
    expect(formatFileSize(null, units)).toBe('');
  });
});
