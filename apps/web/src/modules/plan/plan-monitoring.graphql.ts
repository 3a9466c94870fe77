import { graphql } from '@/gql';

export const PlanMonitoringQuery = graphql(`
  query PlanMonitoring($planId: ID!) {
    plan(id: $planId) {
      id
      title
      canEdit
      stages {
        id
        position
        title
      }
    }
    planMonitoring(planId: $planId) {
      today
      rule
      stages {
        stageId
        position
        title
        total
        done
        overdue
        atRisk
      }
      items {
        itemId
        stageId
        number
        title
        periodText
        startsOn
        endsOn
        status
        flag
      }
    }
  }
`);

export const PlanHistoryQuery = graphql(`
  query PlanHistory($planId: ID!) {
    planCorrections(planId: $planId) {
      id
      itemTitle
      reason
      authorName
      createdAt
      illustrative
      changes {
        field
        before
        after
      }
    }
    planVersions(planId: $planId) {
      id
      number
      note
      createdByName
      createdAt
      itemCount
      illustrative
    }
  }
`);

export const ComparePlanVersionsQuery = graphql(`
  query ComparePlanVersions($olderId: ID!, $newerId: ID!) {
    comparePlanVersions(olderId: $olderId, newerId: $newerId) {
      id
      kind
      changedFields
      before {
        title
        stageTitle
        periodText
        startDate
        endDate
        responsible
        expectedResult
        status
      }
      after {
        title
        stageTitle
        periodText
        startDate
        endDate
        responsible
        expectedResult
        status
      }
    }
  }
`);

export const FixPlanVersionMutation = graphql(`
  mutation FixPlanVersion($planId: ID!, $input: FixPlanVersionInput!) {
    fixPlanVersion(planId: $planId, input: $input) {
      id
      number
    }
  }
`);

export const PlanRisksQuery = graphql(`
  query PlanRisks($planId: ID!) {
    planRisks(planId: $planId) {
      id
      title
      mitigation
      illustrative
      archivedAt
    }
  }
`);

export const CreatePlanRiskMutation = graphql(`
  mutation CreatePlanRisk($planId: ID!, $input: PlanRiskInput!) {
    createPlanRisk(planId: $planId, input: $input) {
      id
    }
  }
`);

export const SetPlanRiskArchivedMutation = graphql(`
  mutation SetPlanRiskArchived($id: ID!, $archived: Boolean!) {
    setPlanRiskArchived(id: $id, archived: $archived) {
      id
      archivedAt
    }
  }
`);

export const CouncilMeetingsQuery = graphql(`
  query CouncilMeetings($planId: ID!) {
    councilMeetings(planId: $planId) {
      id
      heldOn
      agenda
      illustrative
      archivedAt
      decisions {
        id
        position
        text
        planItemId
      }
    }
  }
`);

export const DecisionToPlanItemMutation = graphql(`
  mutation DecisionToPlanItem($decisionId: ID!, $stageId: ID!) {
    councilDecisionToPlanItem(decisionId: $decisionId, stageId: $stageId) {
      id
      decisions {
        id
        planItemId
      }
    }
  }
`);

export const PlanExportQuery = graphql(`
  query PlanExport($planId: ID!, $format: PlanExportFormat!, $layout: PlanExportLayout!) {
    planExport(planId: $planId, format: $format, layout: $layout) {
      fileName
      fileType
      contentBase64
    }
  }
`);

export const CorrectPlanItemMutation = graphql(`
  mutation CorrectPlanItem($itemId: ID!, $input: PlanItemCorrectionInput!) {
    correctPlanItem(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const UpdatePlanRiskMutation = graphql(`
  mutation UpdatePlanRisk($id: ID!, $input: PlanRiskInput!) {
    updatePlanRisk(id: $id, input: $input) {
      id
      title
      mitigation
    }
  }
`);

export const UpdateCouncilMeetingMutation = graphql(`
  mutation UpdateCouncilMeeting($id: ID!, $input: CouncilMeetingInput!) {
    updateCouncilMeeting(id: $id, input: $input) {
      id
      heldOn
      agenda
      decisions {
        id
        position
        text
        planItemId
      }
    }
  }
`);

export const CreateCouncilMeetingMutation = graphql(`
  mutation CreateCouncilMeeting($planId: ID!, $input: CouncilMeetingInput!) {
    createCouncilMeeting(planId: $planId, input: $input) {
      id
    }
  }
`);
