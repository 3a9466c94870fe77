import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ProductFormPage from './ProductFormPage.vue';
import { emptyProductForm, toCreateProductInput, toUpdateProductInput } from './product-form';
import { routeOptions, stepOptions } from './product-route-options';

enableAutoUnmount(afterEach);

const AUTHOR = '22222222-2222-4222-8222-222222222222';
const ROUTE = '33333333-3333-4333-8333-333333333333';
const STEP = '44444444-4444-4444-8444-444444444444';

const product = {
  __typename: 'MethodologicalProduct',
  id: 'm1',
  kind: 'COLLECTION',
  title: 'Калейдоскоп методических идей',
  description: '',
  year: 2023,
  publishedOn: null,
  organizationId: 'o1',
  practiceId: null,
  routeId: ROUTE,
  routeStepId: STEP,
  url: null,
  fileName: null,
  fileSize: null,
  illustrative: true,
  archivedAt: null,
  canEdit: true,
  organization: { __typename: 'Organization', id: 'o1', name: 'Школа', shortName: null },
  practice: null,
  route: { __typename: 'PracticeRef', id: ROUTE, title: 'ИОМ: формирующее оценивание' },
  routeStep: { __typename: 'PracticeRef', id: STEP, title: 'Открытый урок' },
  authors: [{ __typename: 'PracticeAuthor', personId: AUTHOR, person: { __typename: 'PersonCard', id: AUTHOR, fullName: 'Иванова Анна Петровна' } }],
};

describe('product form helpers', () => {
  it('a new product sends its authors, route and step; a step without a route is dropped', () => {
    const form = { ...emptyProductForm(), kind: 'MANUAL' as const, title: ' Пособие ', organizationId: 'o1', authorPersonIds: [AUTHOR], routeId: ROUTE, routeStepId: STEP };
    expect(toCreateProductInput(form)).toMatchObject({ title: 'Пособие', organizationId: 'o1', authorPersonIds: [AUTHOR], routeId: ROUTE, routeStepId: STEP });
    expect(toCreateProductInput({ ...form, routeId: null })).toMatchObject({ routeId: null, routeStepId: null });
  });

  it('an edit sends the authors and the route only when they changed', () => {
    const saved = { ...emptyProductForm(), kind: 'MANUAL' as const, title: 'Пособие', organizationId: 'o1', authorPersonIds: [AUTHOR], routeId: ROUTE, routeStepId: STEP };
    const same = toUpdateProductInput({ ...saved, title: 'Другое' }, saved);
    expect(same).not.toHaveProperty('authorPersonIds');
    expect(same).not.toHaveProperty('routeId');
    expect(same).not.toHaveProperty('routeStepId');
    const changed = toUpdateProductInput({ ...saved, authorPersonIds: [], routeStepId: null }, saved);
    expect(changed).toMatchObject({ authorPersonIds: [], routeId: ROUTE, routeStepId: null });
  });

  it('labels routes with their owner and numbers steps in their order; the known choice stays first', () => {
    expect(routeOptions([{ id: 'r1', title: 'ИОМ', person: { fullName: 'Петров П. П.' } }], { value: 'r0', label: 'Прежний' })).toEqual([
      { value: 'r0', label: 'Прежний' },
      { value: 'r1', label: 'ИОМ — Петров П. П.' },
    ]);
    expect(routeOptions([{ id: 'r1', title: 'ИОМ', person: null }], { value: 'r1', label: 'ИОМ' })).toEqual([{ value: 'r1', label: 'ИОМ' }]);
    expect(
      stepOptions(
        [
          { id: 's2', position: 5, title: 'Второй' },
          { id: 's1', position: 1, title: 'Первый' },
        ],
        null,
      ),
    ).toEqual([
      { value: 's1', label: '1. Первый' },
      { value: 's2', label: '2. Второй' },
    ]);
  });
});

describe('ProductFormPage', () => {
  it('shows the authors, the route and its step of a product; looks for routes of its first author; saves without re-sending unchanged links', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountWithApp(ProductFormPage, {
      path: '/products/m1/edit',
      props: { id: 'm1' },
      api: (operation, variables) => {
        seen.push({ operation, variables });
        if (operation === 'ProductPage') return { data: { methodologicalProduct: product } };
        if (operation === 'ProductRouteOptions') return { data: { learningRoutes: { __typename: 'RouteConnection', nodes: [] } } };
        if (operation === 'ProductRouteSteps')
          return { data: { learningRoute: { __typename: 'LearningRoute', id: ROUTE, steps: [{ __typename: 'LearningRouteStep', id: STEP, position: 3, title: 'Открытый урок' }] } } };
        if (operation === 'PersonOptions') return { data: { people: { __typename: 'PersonConnection', nodes: [] } } };
        if (operation === 'UpdateProduct') return { data: { updateMethodologicalProduct: { __typename: 'MethodologicalProduct', id: 'm1', title: variables['input'] && (variables['input'] as { title: string }).title } } };
        return { data: null };
      },
    });
    await waitFor(() => expect(wrapper.get('[data-testid="field-routeId"]').text()).toContain('ИОМ: формирующее оценивание'));
    await waitFor(() => expect(wrapper.get('[data-testid="field-routeStepId"]').text()).toContain('1. Открытый урок'));
    expect(wrapper.get('[data-testid="field-authorPersonIds"]').text()).toContain('Иванова Анна Петровна');
    expect(seen.filter((s) => s.operation === 'ProductRouteOptions').at(-1)?.variables).toMatchObject({ filter: { personId: AUTHOR } });

    await wrapper.get('#product-title').setValue('Калейдоскоп методических идей, выпуск 2');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdateProduct')).toBe(true));
    const input = seen.find((s) => s.operation === 'UpdateProduct')!.variables['input'] as Record<string, unknown>;
    expect(input['title']).toBe('Калейдоскоп методических идей, выпуск 2');
    expect(input).not.toHaveProperty('authorPersonIds');
    expect(input).not.toHaveProperty('routeStepId');
  });
});
