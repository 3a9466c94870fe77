import { graphql } from '@/gql';

export const NetworkListQuery = graphql(`
  query NetworkList($first: Int!, $offset: Int, $filter: NetworkFilter, $orderBy: NetworkOrder) {
    networks(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        model
        startsOn
        endsOn
        archivedAt
        memberCount
        coordinator {
          id
          name
          shortName
        }
      }
    }
  }
`);

/** Names of the visible networks, to label the expiring agreements (an agreement knows only its network's id). */
export const NetworkNamesQuery = graphql(`
  query NetworkNames {
    networks(first: 100, filter: { archived: ALL }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ExpiringAgreementsQuery = graphql(`
  query ExpiringAgreements($withinDays: Int!) {
    expiringAgreements(withinDays: $withinDays) {
      id
      networkId
      number
      kind
      endsOn
    }
  }
`);

export const NetworkQuery = graphql(`
  query Network($id: ID!) {
    network(id: $id) {
      id
      name
      model
      coordinatorOrganizationId
      startsOn
      endsOn
      goals
      archivedAt
      canEdit
      memberCount
      coordinator {
        id
        name
        shortName
        municipalityName
      }
      members {
        id
        organizationId
        role
        level
        status
        canLeave
        invitedAt
        invitedByName
        organization {
          id
          name
          shortName
          kind
          municipalityName
          regionName
        }
      }
      edges {
        id
        fromMemberId
        toMemberId
        kind
      }
      agreements {
        id
        number
        kind
        signedOn
        subject
        startsOn
        endsOn
        fileName
        fileType
        fileSize
        archivedAt
        isExpiring
        parties {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const OrganizationDirectoryQuery = graphql(`
  query OrganizationDirectory($search: String!, $first: Int!) {
    organizationDirectory(search: $search, first: $first) {
      id
      name
      shortName
      kind
      municipalityName
      regionName
    }
  }
`);

export const AgreementFileQuery = graphql(`
  query AgreementFile($agreementId: ID!) {
    agreementFile(agreementId: $agreementId) {
      fileName
      fileType
      contentBase64
    }
  }
`);

export const CreateNetworkMutation = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkMutation = graphql(`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
    }
  }
`);

export const ArchiveNetworkMutation = graphql(`
  mutation ArchiveNetwork($id: ID!) {
    archiveNetwork(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreNetworkMutation = graphql(`
  mutation RestoreNetwork($id: ID!) {
    restoreNetwork(id: $id) {
      id
      archivedAt
    }
  }
`);

// Member and edge mutations answer the network: its __typename makes urql refetch the open network page.
export const AddNetworkMemberMutation = graphql(`
  mutation AddNetworkMember($networkId: ID!, $input: NetworkMemberInput!) {
    addNetworkMember(networkId: $networkId, input: $input) {
      id
      members {
        id
        organizationId
        status
      }
    }
  }
`);

export const UpdateNetworkMemberMutation = graphql(`
  mutation UpdateNetworkMember($memberId: ID!, $input: UpdateNetworkMemberInput!) {
    updateNetworkMember(memberId: $memberId, input: $input) {
      id
    }
  }
`);

export const RemoveNetworkMemberMutation = graphql(`
  mutation RemoveNetworkMember($memberId: ID!) {
    removeNetworkMember(memberId: $memberId) {
      id
    }
  }
`);

export const AddNetworkEdgeMutation = graphql(`
  mutation AddNetworkEdge($networkId: ID!, $input: NetworkEdgeInput!) {
    addNetworkEdge(networkId: $networkId, input: $input) {
      id
    }
  }
`);

export const RemoveNetworkEdgeMutation = graphql(`
  mutation RemoveNetworkEdge($edgeId: ID!) {
    removeNetworkEdge(edgeId: $edgeId) {
      id
    }
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation CreateAgreement($networkId: ID!, $input: CreateAgreementInput!) {
    createAgreement(networkId: $networkId, input: $input) {
      id
    }
  }
`);

export const UpdateAgreementMutation = graphql(`
  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {
    updateAgreement(id: $id, input: $input) {
      id
    }
  }
`);

export const ArchiveAgreementMutation = graphql(`
  mutation ArchiveAgreement($id: ID!) {
    archiveAgreement(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreAgreementMutation = graphql(`
  mutation RestoreAgreement($id: ID!) {
    restoreAgreement(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AttachAgreementFileMutation = graphql(`
  mutation AttachAgreementFile($agreementId: ID!, $input: AgreementFileInput!) {
    attachAgreementFile(agreementId: $agreementId, input: $input) {
      id
      fileName
      fileType
      fileSize
    }
  }
`);

export const RemoveAgreementFileMutation = graphql(`
  mutation RemoveAgreementFile($agreementId: ID!) {
    removeAgreementFile(agreementId: $agreementId) {
      id
      fileName
    }
  }
`);

/** Networks the caller may host associations and programmes in (it coordinates them). */
export const NetworkOptionsQuery = graphql(`
  query NetworkOptions {
    networks(first: 100, filter: { archived: ACTIVE }) {
      nodes {
        id
        name
        canEdit
      }
    }
  }
`);

// Networks by consent: invitations addressed to organisations the caller acts for, and the answers.
export const NetworkInvitationsQuery = graphql(`
  query NetworkInvitations {
    networkInvitations {
      memberId
      networkId
      networkName
      networkModel
      networkGoals
      role
      memberCount
      invitedByName
      invitedAt
      shares
      coordinator {
        id
        name
        shortName
        municipalityName
        regionName
      }
      organization {
        id
        name
        shortName
        municipalityName
        regionName
      }
    }
  }
`);

// The answers return the member row (typename NetworkMember): urql refetches the invitations and any open network.
export const AcceptNetworkInvitationMutation = graphql(`
  mutation AcceptNetworkInvitation($memberId: ID!) {
    acceptNetworkInvitation(memberId: $memberId) {
      id
      status
    }
  }
`);

export const DeclineNetworkInvitationMutation = graphql(`
  mutation DeclineNetworkInvitation($memberId: ID!) {
    declineNetworkInvitation(memberId: $memberId) {
      id
      status
    }
  }
`);

export const LeaveNetworkMutation = graphql(`
  mutation LeaveNetwork($memberId: ID!) {
    leaveNetwork(memberId: $memberId) {
      id
      status
    }
  }
`);
