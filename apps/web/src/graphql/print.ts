import type { DocumentNode } from 'graphql';

/** The parts of a document node the printer reads (the generated documents are plain JSON of graphql-js's AST). */
interface Node {
  kind: string;
  [key: string]: unknown;
}

const list = (nodes: unknown, sep = ' ', open = '', close = ''): string => {
  const items = Array.isArray(nodes) ? (nodes as Node[]) : [];
  return items.length ? open + items.map(printNode).join(sep) + close : '';
};
const name = (node: Node): string => (node['name'] ? printNode(node['name'] as Node) : '');

function printNode(node: Node): string {
  switch (node.kind) {
    case 'Document':
      return list(node['definitions'], '\n');
    case 'OperationDefinition':
      return `${String(node['operation'])} ${name(node)}${list(node['variableDefinitions'], ', ', '(', ')')}${list(node['directives'], ' ', ' ')} ${printNode(node['selectionSet'] as Node)}`;
    case 'FragmentDefinition':
      return `fragment ${name(node)} on ${printNode(node['typeCondition'] as Node)}${list(node['directives'], ' ', ' ')} ${printNode(node['selectionSet'] as Node)}`;
    case 'VariableDefinition':
      return `${printNode(node['variable'] as Node)}: ${printNode(node['type'] as Node)}${node['defaultValue'] ? ` = ${printNode(node['defaultValue'] as Node)}` : ''}${list(node['directives'], ' ', ' ')}`;
    case 'SelectionSet':
      return list(node['selections'], ' ', '{ ', ' }');
    case 'Field': {
      const alias = node['alias'] ? `${printNode(node['alias'] as Node)}: ` : '';
      const set = node['selectionSet'] ? ` ${printNode(node['selectionSet'] as Node)}` : '';
      return `${alias}${name(node)}${list(node['arguments'], ', ', '(', ')')}${list(node['directives'], ' ', ' ')}${set}`;
    }
    case 'FragmentSpread':
      return `...${name(node)}${list(node['directives'], ' ', ' ')}`;
    case 'InlineFragment': {
      const on = node['typeCondition'] ? ` on ${printNode(node['typeCondition'] as Node)}` : '';
      return `...${on}${list(node['directives'], ' ', ' ')} ${printNode(node['selectionSet'] as Node)}`;
    }
    case 'Directive':
      return `@${name(node)}${list(node['arguments'], ', ', '(', ')')}`;
    case 'Argument':
    case 'ObjectField':
      return `${name(node)}: ${printNode(node['value'] as Node)}`;
    case 'Name':
      return String(node['value']);
    case 'Variable':
      return `$${name(node)}`;
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return String(node['value']);
    case 'BooleanValue':
      return node['value'] ? 'true' : 'false';
    case 'NullValue':
      return 'null';
    case 'StringValue':
      return JSON.stringify(node['value']);
    case 'ListValue':
      return `[${list(node['values'], ', ')}]`;
    case 'ObjectValue':
      return `{${list(node['fields'], ', ')}}`;
    case 'NamedType':
      return name(node);
    case 'ListType':
      return `[${printNode(node['type'] as Node)}]`;
    case 'NonNullType':
      return `${printNode(node['type'] as Node)}!`;
    default:
      throw new Error(`print: ${node.kind} is not a node of an executable document`);
  }
}

/**
 * The text of a GraphQL document, for requests sent without urql (plain-request.ts): executable documents only
 * (operations and fragments, as the generated ones are), on one line per definition. A few hundred bytes where
 * graphql-js's or urql's printer would bring their libraries onto the sign-in page.
 */
export function printDocument(document: DocumentNode): string {
  return printNode(document as unknown as Node);
}

/** The name of the document's (first) operation. */
export function operationName(document: DocumentNode): string | undefined {
  const op = document.definitions.find((d) => d.kind === 'OperationDefinition');
  return op?.kind === 'OperationDefinition' ? op.name?.value : undefined;
}
