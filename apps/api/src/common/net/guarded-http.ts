import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { hostOf, isAllowedHost, isLocalName, isPublicAddress } from './public-address';

export const INTERNAL_ADDRESS = 'Адрес ведёт во внутреннюю сеть (локальный, частный или служебный адрес): такие адреса не принимаются';

/** Refused because of where the URL leads (not a network failure of the receiver). */
export class InternalAddressError extends Error {
  constructor(detail: string) {
    super(`${INTERNAL_ADDRESS} (${detail})`);
  }
}

/**
 * Where a URL a caller gives leads, before any request: its literal IP or its name's DNS answers. Every address the
 * name resolves to must be public (a name with one private address among public ones is refused: the connection
 * could land on it). A name that does not resolve now passes: the delivery checks again (see `guardedPost`).
 * Returns the reason of a refusal, or null.
 */
export async function internalTargetReason(url: URL, allowed: readonly string[]): Promise<string | null> {
  const host = hostOf(url);
  if (isAllowedHost(host, allowed)) return null;
  if (isIP(host)) return isPublicAddress(host) ? null : INTERNAL_ADDRESS;
  if (isLocalName(host)) return INTERNAL_ADDRESS;
  const addresses = await new Promise<LookupAddress[]>((resolve) => dnsLookup(host, { all: true }, (err, found) => resolve(err ? [] : found)));
  return addresses.some((a) => !isPublicAddress(a.address)) ? INTERNAL_ADDRESS : null;
}

/**
 * A DNS lookup for the socket that refuses internal addresses: the check applies to the very address the connection
 * is made to, so a name that resolved to a public address when subscribing and to 127.0.0.1 now (DNS rebinding) is
 * refused at delivery.
 */
export function guardedLookup(allowed: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, '', 0);
      const addresses = found as LookupAddress[];
      const exempt = isAllowedHost(hostname, allowed);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (!exempt && (bad || !addresses.length)) return callback(new InternalAddressError(bad?.address ?? hostname), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

export interface GuardedResponse {
  status: number;
}

/**
 * POSTs a body to a URL a caller chose: no redirects followed, a timeout, and never to an internal address (the
 * literal IP is checked here, a name at connection time through `guardedLookup`), unless the host is listed in
 * `allowed`. Throws InternalAddressError for a refused address and the network's error otherwise.
 */
export function guardedPost(url: URL, headers: Record<string, string>, body: string, opts: { timeoutMs: number; allowed: readonly string[] }): Promise<GuardedResponse> {
  const host = hostOf(url);
  const exempt = isAllowedHost(host, opts.allowed);
  if (!exempt && ((isIP(host) && !isPublicAddress(host)) || isLocalName(host))) return Promise.reject(new InternalAddressError(host));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<GuardedResponse>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(opts.allowed),
        timeout: opts.timeoutMs,
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`нет ответа за ${Math.round(opts.timeoutMs / 1000)} с`)));
    req.on('error', reject);
    req.end(body);
  });
}
