import { graphql } from '@/gql';

export const AssociationListQuery = graphql(`
  query AssociationList($first: Int!, $offset: Int, $filter: AssociationFilter, $orderBy: AssociationOrder) {
    associations(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        name
        subject
        archivedAt
        memberCount
        host {
          id
          kind
          name
        }
      }
    }
  }
`);

export const AssociationQuery = graphql(`
  query Association($id: ID!) {
    association(id: $id) {
      id
      kind
      name
      subject
      description
      organizationId
      municipalityId
      networkId
      archivedAt
      canEdit
      memberCount
      host {
        id
        kind
        name
      }
      members {
        id
        personId
        role
        person {
          id
          fullName
          organizationName
        }
      }
      meetings {
        id
        heldOn
        format
        agenda
        decisions
        attendeeIds
        attendeeCount
        attendees {
          id
          fullName
          organizationName
        }
      }
    }
  }
`);

export const CreateAssociationMutation = graphql(`
  mutation CreateAssociation($input: CreateAssociationInput!) {
    createAssociation(input: $input) {
      id
    }
  }
`);

export const UpdateAssociationMutation = graphql(`
  mutation UpdateAssociation($id: ID!, $input: UpdateAssociationInput!) {
    updateAssociation(id: $id, input: $input) {
      id
      name
      subject
      description
    }
  }
`);

export const ArchiveAssociationMutation = graphql(`
  mutation ArchiveAssociation($id: ID!) {
    archiveAssociation(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreAssociationMutation = graphql(`
  mutation RestoreAssociation($id: ID!) {
    restoreAssociation(id: $id) {
      id
      archivedAt
    }
  }
`);

// Member and meeting mutations answer the association: its __typename makes urql refetch the open page.
export const AddAssociationMemberMutation = graphql(`
  mutation AddAssociationMember($associationId: ID!, $input: AssociationMemberInput!) {
    addAssociationMember(associationId: $associationId, input: $input) {
      id
    }
  }
`);

export const UpdateAssociationMemberMutation = graphql(`
  mutation UpdateAssociationMember($memberId: ID!, $role: AssociationRole!) {
    updateAssociationMember(memberId: $memberId, role: $role) {
      id
    }
  }
`);

export const RemoveAssociationMemberMutation = graphql(`
  mutation RemoveAssociationMember($memberId: ID!) {
    removeAssociationMember(memberId: $memberId) {
      id
    }
  }
`);

export const AddAssociationMeetingMutation = graphql(`
  mutation AddAssociationMeeting($associationId: ID!, $input: AssociationMeetingInput!) {
    addAssociationMeeting(associationId: $associationId, input: $input) {
      id
    }
  }
`);

export const UpdateAssociationMeetingMutation = graphql(`
  mutation UpdateAssociationMeeting($meetingId: ID!, $input: AssociationMeetingInput!) {
    updateAssociationMeeting(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
