import { OperationCases } from '../support/operation-cases';

/**
 * Fixture member rows of Vorkuta СОШ №12 in networks coordinated elsewhere (written straight to the database):
 * two pending invitations (one to accept, one to decline) and an accepted membership to leave.
 */
export interface NetworkConsentFixtures {
  org12: string;
  inviteToAccept: string;
  inviteToDecline: string;
  memberToLeave: string;
}

const M = 'id organizationId status respondedAt';
const Q = {
  networkInvitations: 'query { networkInvitations { memberId networkName invitedByName shares coordinator { name } organization { id } } }',
  acceptNetworkInvitation: `mutation($id: ID!) { acceptNetworkInvitation(memberId: $id) { ${M} } }`,
  declineNetworkInvitation: `mutation($id: ID!) { declineNetworkInvitation(memberId: $id) { ${M} } }`,
  leaveNetwork: `mutation($id: ID!) { leaveNetwork(memberId: $id) { ${M} } }`,
};
const id = (key: keyof NetworkConsentFixtures) => (f: NetworkConsentFixtures) => ({ id: f[key] });
const status = (s: string) => (d: Record<string, unknown>) => expect(Object.values(d)[0]).toMatchObject({ status: s });

/**
 * Networks by consent: only whoever acts for the member organisation (`organization.write`: its admin, its
 * municipality's methodist) answers; anyone else — the network's coordinator included — gets NOT_FOUND.
 */
export const NETWORK_CASES: OperationCases<NetworkConsentFixtures> = {
  networkInvitations: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.networkInvitations,
      check: (d, f) =>
        expect((d['networkInvitations'] as { memberId: string }[]).map((i) => i.memberId)).toEqual(expect.arrayContaining([f.inviteToAccept, f.inviteToDecline])),
    },
    anonymous: { query: Q.networkInvitations, expect: 'UNAUTHENTICATED' },
  },
  acceptNetworkInvitation: {
    allowed: { as: 'school12.vorkuta', query: Q.acceptNetworkInvitation, vars: id('inviteToAccept'), check: status('ACCEPTED') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.acceptNetworkInvitation, vars: id('inviteToDecline'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.acceptNetworkInvitation, vars: id('inviteToDecline') },
    anonymous: { query: Q.acceptNetworkInvitation, vars: id('inviteToDecline'), expect: 'UNAUTHENTICATED' },
  },
  declineNetworkInvitation: {
    allowed: { as: 'school12.vorkuta', query: Q.declineNetworkInvitation, vars: id('inviteToDecline'), check: status('DECLINED') },
    outOfScope: { as: 'methodist.timashevsk', query: Q.declineNetworkInvitation, vars: id('inviteToAccept'), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.declineNetworkInvitation, vars: id('inviteToAccept') },
    anonymous: { query: Q.declineNetworkInvitation, vars: id('inviteToAccept'), expect: 'UNAUTHENTICATED' },
  },
  leaveNetwork: {
    allowed: { as: 'school12.vorkuta', query: Q.leaveNetwork, vars: id('memberToLeave'), check: status('LEFT') },
    outOfScope: { as: 'coordinator.lo', query: Q.leaveNetwork, vars: id('memberToLeave'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.leaveNetwork, vars: id('memberToLeave') },
    anonymous: { query: Q.leaveNetwork, vars: id('memberToLeave'), expect: 'UNAUTHENTICATED' },
  },
};
