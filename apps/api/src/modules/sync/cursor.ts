import { badInput } from '../../common/errors/errors';

/**
 * A change-feed cursor: the position (transaction id, sequence) of the last change a page returned. Opaque to
 * clients (base64url of «v1:<xid>:<seq>»); a cursor from elsewhere is refused with a Russian message.
 */
export interface FeedPosition {
  xid: string;
  seq: string;
}

export const START: FeedPosition = { xid: '0', seq: '0' };

export function encodeCursor(p: FeedPosition): string {
  return Buffer.from(`v1:${p.xid}:${p.seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): FeedPosition {
  if (!cursor) return START;
  const m = /^v1:(\d{1,20}):(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput([{ field: 'since', message: 'Курсор не распознан: начните с пустого курсора или возьмите его из ответа' }], 'Курсор не распознан');
  return { xid: m[1], seq: m[2] };
}
