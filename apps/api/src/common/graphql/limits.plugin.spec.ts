import { buildSchema, parse } from 'graphql';
import { GRAPHQL_LIMITS } from './limits';
import { measureKey, operationCost } from './limits.plugin';

const schema = buildSchema(`
  type Org { id: ID! name: String! }
  type OrgConnection { totalCount: Int! nodes: [Org!]! }
  type Query { organization(id: ID!): Org organizations(first: Int!): OrgConnection! }
`);
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), null, variables);

describe('operation cost', () => {
  it('charges a root field its SQL, so each alias of it counts', () => {
    const one = cost('{ organization(id: "1") { id } }');
    expect(one).toBe(GRAPHQL_LIMITS.rootFieldCost + 2);
    const aliases = Array.from({ length: 500 }, (_, i) => `o${i}: organization(id: "1") { id }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(500 * one);
    expect(500 * one).toBeGreaterThan(GRAPHQL_LIMITS.cost);
  });

  it('charges a list its page size times its children, with the page size from the variables', () => {
    expect(cost('query($n: Int!) { organizations(first: $n) { nodes { id name } } }', { n: 100 })).toBe(GRAPHQL_LIMITS.rootFieldCost + 100 * (1 + 3));
  });

  it('500 aliases of organizations(first: 1) { totalCount } are over the limit', () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `o${i}: organizations(first: 1) { totalCount }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBeGreaterThan(GRAPHQL_LIMITS.cost);
  });

  it('throws on a variable of the wrong type (the plugin turns it into a 400)', () => {
    expect(() => cost('query($n: Int!) { organizations(first: $n) { totalCount } }', { n: 'x' })).toThrow(/Int/);
  });
});

describe('measurement key (the cost kept per document)', () => {
  it('tells operations and variables apart', () => {
    expect(measureKey('A', { first: 10 })).not.toBe(measureKey('A', { first: 100 }));
    expect(measureKey('A', { first: 10 })).not.toBe(measureKey('B', { first: 10 }));
    expect(measureKey('A', { first: 10, filter: { kinds: ['SCHOOL'] } })).toBe(measureKey('A', { first: 10, filter: { kinds: ['SCHOOL'] } }));
    expect(measureKey(null, undefined)).toBe(measureKey(undefined, undefined));
  });

  it('keeps nothing for large variables (an import\'s file is not serialised again)', () => {
    expect(measureKey('Import', { file: 'x'.repeat(10_000) })).toBeNull();
    expect(measureKey('Many', { ids: Array.from({ length: 1_000 }, (_, i) => i) })).toBeNull();
  });
});
