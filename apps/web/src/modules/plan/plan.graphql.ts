import { graphql } from '@/gql';

export const PlanListQuery = graphql(`
  query PlanList($first: Int!, $offset: Int, $filter: PlanFilter, $orderBy: PlanOrder) {
    plans(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        title
        periodText
        startsOn
        endsOn
        status
        illustrative
        archivedAt
        itemCount
        owner {
          id
          kind
          name
        }
      }
    }
  }
`);

export const PlanPageQuery = graphql(`
  query PlanPage($id: ID!) {
    plan(id: $id) {
      id
      kind
      title
      organizationId
      municipalityId
      networkId
      periodText
      startsOn
      endsOn
      status
      sourceNote
      illustrative
      archivedAt
      canEdit
      itemCount
      owner {
        id
        kind
        name
      }
      stages {
        id
        position
        title
        kind
        periodText
        startsOn
        endsOn
        description
        order: items(archived: ALL) {
          id
        }
        items {
          id
          position
          number
          title
          periodText
          startsOn
          endsOn
          responsibleText
          participantsText
          expectedResult
          actualResult
          manualStatus
          illustrative
          status {
            status
            derivedFrom
          }
          responsible {
            id
            organization {
              id
              shortName
              name
            }
            person {
              id
              fullName
            }
          }
          participants {
            id
            organization {
              id
              shortName
              name
            }
            person {
              id
              fullName
            }
          }
          links {
            id
            kind
            targetId
            occurrenceDate
            title
            status
          }
        }
      }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {
    updatePlan(id: $id, input: $input) {
      id
      title
      kind
      periodText
      startsOn
      endsOn
      status
      sourceNote
    }
  }
`);

export const ArchivePlanMutation = graphql(`
  mutation ArchivePlan($id: ID!) {
    archivePlan(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestorePlanMutation = graphql(`
  mutation RestorePlan($id: ID!) {
    restorePlan(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddPlanStageMutation = graphql(`
  mutation AddPlanStage($planId: ID!, $input: PlanStageInput!) {
    addPlanStage(planId: $planId, input: $input) {
      id
    }
  }
`);

export const UpdatePlanStageMutation = graphql(`
  mutation UpdatePlanStage($stageId: ID!, $input: PlanStageInput!) {
    updatePlanStage(stageId: $stageId, input: $input) {
      id
    }
  }
`);

export const CreatePlanItemMutation = graphql(`
  mutation CreatePlanItem($stageId: ID!, $input: CreatePlanItemInput!) {
    createPlanItem(stageId: $stageId, input: $input) {
      id
    }
  }
`);

export const UpdatePlanItemMutation = graphql(`
  mutation UpdatePlanItem($itemId: ID!, $input: PlanItemInput!) {
    updatePlanItem(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const ArchivePlanItemMutation = graphql(`
  mutation ArchivePlanItem($itemId: ID!) {
    archivePlanItem(itemId: $itemId) {
      id
    }
  }
`);

export const RestorePlanItemMutation = graphql(`
  mutation RestorePlanItem($itemId: ID!) {
    restorePlanItem(itemId: $itemId) {
      id
    }
  }
`);

export const ReorderPlanItemsMutation = graphql(`
  mutation ReorderPlanItems($stageId: ID!, $ids: [ID!]!) {
    reorderPlanItems(stageId: $stageId, input: { ids: $ids }) {
      id
    }
  }
`);

export const LinkPlanItemMutation = graphql(`
  mutation LinkPlanItem($itemId: ID!, $input: PlanItemLinkInput!) {
    linkPlanItem(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const UnlinkPlanItemMutation = graphql(`
  mutation UnlinkPlanItem($linkId: ID!) {
    unlinkPlanItem(linkId: $linkId) {
      id
    }
  }
`);

export const PlanLinkTargetsQuery = graphql(`
  query PlanLinkTargets($kind: PlanLinkKind!, $search: String) {
    planLinkTargets(kind: $kind, search: $search) {
      id
      kind
      title
      startsOn
      endsOn
      occurrenceDates
    }
  }
`);
