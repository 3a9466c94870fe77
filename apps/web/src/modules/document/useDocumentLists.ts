import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { DocumentListQuery, DocumentTaskListQuery } from './document.graphql';
import { documentListCodec, documentTaskListCodec, toDocumentFilter, toDocumentTaskFilter } from './document-list-state';

/** The document list: URL filters, order and page → the lazy GraphQL page. */
export function useDocumentList() {
  const s = useListState(documentListCodec);
  const list = useListQuery({ document: DocumentListQuery, variables: () => ({ filter: toDocumentFilter(s.state.value) }), view: s.view, pick: (d) => d?.documents, typename: 'Document' }, s);
  return { ...s, list };
}

/** The tasks of orders across documents: URL filters, order and page → the lazy GraphQL page. */
export function useDocumentTaskList() {
  const s = useListState(documentTaskListCodec);
  const list = useListQuery(
    { document: DocumentTaskListQuery, variables: () => ({ filter: toDocumentTaskFilter(s.state.value) }), view: s.view, pick: (d) => d?.documentTasks, typename: 'DocumentTask' },
    s,
  );
  return { ...s, list };
}
