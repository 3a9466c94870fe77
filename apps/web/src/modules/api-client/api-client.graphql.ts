import { graphql } from '@/gql';

export const ApiClientListQuery = graphql(`
  query ApiClientList($first: Int!, $offset: Int, $filter: ApiClientFilter, $orderBy: ApiClientOrder) {
    apiClients(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        scopeKind
        scopeName
        permissions {
          domain
          access
        }
        expiresOn
        archivedAt
        lastUsedAt
        secrets {
          id
          active
          expiresAt
          revokedAt
        }
      }
    }
  }
`);

export const ApiClientQuery = graphql(`
  query ApiClient($id: ID!) {
    apiClient(id: $id) {
      id
      name
      description
      scopeKind
      scopeId
      scopeName
      ownerName
      permissions {
        domain
        access
      }
      expiresOn
      archivedAt
      createdAt
      lastUsedAt
      secrets {
        id
        prefix
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
        active
      }
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      secret
      client {
        id
        name
      }
    }
  }
`);

export const UpdateApiClientMutation = graphql(`
  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {
    updateApiClient(id: $id, input: $input) {
      id
      name
      description
      permissions {
        domain
        access
      }
      expiresOn
    }
  }
`);

export const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($id: ID!, $input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(id: $id, input: $input) {
      secret
      client {
        id
        secrets {
          id
          prefix
          createdAt
          expiresAt
          revokedAt
          lastUsedAt
          active
        }
      }
    }
  }
`);

export const RevokeApiClientSecretsMutation = graphql(`
  mutation RevokeApiClientSecrets($id: ID!) {
    revokeApiClientSecrets(id: $id) {
      id
      secrets {
        id
        prefix
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
        active
      }
    }
  }
`);

export const ArchiveApiClientMutation = graphql(`
  mutation ArchiveApiClient($id: ID!) {
    archiveApiClient(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreApiClientMutation = graphql(`
  mutation RestoreApiClient($id: ID!) {
    restoreApiClient(id: $id) {
      id
      archivedAt
    }
  }
`);

export const ApiClientWebhooksQuery = graphql(`
  query ApiClientWebhooks($clientId: ID!) {
    apiClientWebhooks(clientId: $clientId) {
      clientId
      canSubscribe
      subscriptions {
        id
        url
        events
        active
        createdAt
      }
      deliveries {
        id
        subscriptionId
        event
        state
        attempts
        lastStatus
        lastError
        lastAttemptAt
        deliveredAt
        nextAttemptAfter
        createdAt
      }
    }
  }
`);

export const SubscribeApiClientWebhookMutation = graphql(`
  mutation SubscribeApiClientWebhook($clientId: ID!, $input: ApiClientWebhookInput!) {
    subscribeApiClientWebhook(clientId: $clientId, input: $input) {
      id
      url
      events
      active
      createdAt
    }
  }
`);

export const PauseApiClientWebhookMutation = graphql(`
  mutation PauseApiClientWebhook($id: ID!) {
    pauseApiClientWebhook(id: $id) {
      id
      active
    }
  }
`);

export const ResumeApiClientWebhookMutation = graphql(`
  mutation ResumeApiClientWebhook($id: ID!) {
    resumeApiClientWebhook(id: $id) {
      id
      active
    }
  }
`);

export const ApiClientParityQuery = graphql(`
  query ApiClientParity($clientId: ID!, $type: SyncEntityType!, $externalIds: [String!]!) {
    apiClientParity(clientId: $clientId, type: $type, externalIds: $externalIds) {
      type
      matched
      onlyInClient
      onlyInMetodsetTotal
      onlyInMetodset {
        id
        externalId
        name
      }
    }
  }
`);
