import { LookupAddress } from 'node:dns';
import { guardedLookup, internalTargetReason, InternalAddressError } from './guarded-http';
import { isAllowedHost, isLocalName, isPublicAddress } from './public-address';

describe('public addresses (webhook targets)', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast, reserved and documentation ranges', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '192.0.2.5', '198.18.0.1']) {
      expect([a, isPublicAddress(a)]).toEqual([a, false]);
    }
    for (const a of ['::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe']) {
      expect([a, isPublicAddress(a)]).toEqual([a, false]);
    }
  });

  it('lets public addresses through, v4 and v6 (and v4 carried in v6)', () => {
    for (const a of ['8.8.8.8', '77.88.8.8', '172.32.0.1', '100.128.0.1', '2a00:1450:4010::1', '::ffff:8.8.8.8']) {
      expect([a, isPublicAddress(a)]).toEqual([a, true]);
    }
    expect(isPublicAddress('not-an-ip')).toBe(false);
  });

  it('knows names of this machine and the exempt list', () => {
    expect(isLocalName('localhost')).toBe(true);
    expect(isLocalName('api.localhost.')).toBe(true);
    expect(isLocalName('metadata.google.internal')).toBe(true);
    expect(isLocalName('lms.example.ru')).toBe(false);
    expect(isAllowedHost('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(isAllowedHost('HOOKS.test', ['hooks.test'])).toBe(true);
    expect(isAllowedHost('127.0.0.2', ['127.0.0.1'])).toBe(false);
  });

  it('checks a URL before subscribing: literal IPs, local names; an exempt host passes', async () => {
    expect(await internalTargetReason(new URL('http://127.0.0.1:8080/x'), [])).toMatch(/внутреннюю сеть/);
    expect(await internalTargetReason(new URL('http://[::1]/x'), [])).toMatch(/внутреннюю сеть/);
    expect(await internalTargetReason(new URL('http://169.254.169.254/latest/meta-data'), [])).toMatch(/внутреннюю сеть/);
    expect(await internalTargetReason(new URL('http://localhost:3000/'), [])).toMatch(/внутреннюю сеть/);
    expect(await internalTargetReason(new URL('https://8.8.8.8/hooks'), [])).toBeNull();
    expect(await internalTargetReason(new URL('http://127.0.0.1:8080/x'), ['127.0.0.1'])).toBeNull();
  });

  it('refuses at connection time a name that resolves to an internal address (DNS answers checked, not the name)', async () => {
    const lookup = guardedLookup([]);
    // «localhost» resolves through the system resolver (/etc/hosts) to a loopback address.
    const refused = await new Promise<unknown>((resolve) => lookup('localhost', {}, (err) => resolve(err)));
    expect(refused).toBeInstanceOf(InternalAddressError);
    const exempt = guardedLookup(['localhost']);
    const found = await new Promise<{ err: unknown; addresses: LookupAddress[] }>((resolve) =>
      exempt('localhost', { all: true }, (err, addresses) => resolve({ err, addresses: addresses as unknown as LookupAddress[] })),
    );
    expect(found.err).toBeNull();
    expect(found.addresses.length).toBeGreaterThan(0);
  });
});
