import { graphql } from '@/gql';

export const InternshipApplicationFields = graphql(`
  fragment InternshipApplicationFields on InternshipApplication {
    id
    cohortId
    cohortTitle
    cohortStartsOn
    cohortEndsOn
    personId
    fullName
    source
    status
    waitlistPosition
    declineReason
    finalProductTitle
    finalProductUrl
    finalProductStatus
    attended
    sessions
    attendancePercent
    completed
    certificateId
    certificateNumber
    certificateStatus
  }
`);

export const InternshipCohortQuery = graphql(`
  query InternshipCohort($id: ID!) {
    internshipCohort(id: $id) {
      id
      programId
      title
      startsOn
      endsOn
      capacity
      seated
      waitlisted
      completionRule
      trackId
      minAttendancePercent
      requireFinalProduct
      illustrative
      canManage
      sessions {
        id
        startsAt
        endsAt
        topic
        place
        onlineUrl
        moduleId
        masterPersonId
      }
      removedSessions: sessions(archived: true) {
        id
        startsAt
        topic
      }
      myApplication {
        ...InternshipApplicationFields
      }
      applications {
        ...InternshipApplicationFields
      }
    }
  }
`);

export const MyInternshipsQuery = graphql(`
  query MyInternships {
    myInternshipApplications {
      ...InternshipApplicationFields
    }
    openInternshipCohorts {
      id
      title
      startsOn
      endsOn
      capacity
      seated
      waitlisted
      illustrative
    }
  }
`);

export const ApplyToInternshipMutation = graphql(`
  mutation ApplyToInternship($cohortId: ID!) {
    applyToInternship(cohortId: $cohortId) {
      ...InternshipApplicationFields
    }
  }
`);

export const NominateToInternshipMutation = graphql(`
  mutation NominateToInternship($input: NominateInternInput!) {
    nominateToInternship(input: $input) {
      ...InternshipApplicationFields
    }
  }
`);

export const WithdrawInternshipApplicationMutation = graphql(`
  mutation WithdrawInternshipApplication($id: ID!) {
    withdrawInternshipApplication(id: $id) {
      ...InternshipApplicationFields
    }
  }
`);

export const ApproveInternshipApplicationMutation = graphql(`
  mutation ApproveInternshipApplication($id: ID!) {
    approveInternshipApplication(id: $id) {
      ...InternshipApplicationFields
    }
  }
`);

export const DeclineInternshipApplicationMutation = graphql(`
  mutation DeclineInternshipApplication($input: DeclineInternshipApplicationInput!) {
    declineInternshipApplication(input: $input) {
      ...InternshipApplicationFields
    }
  }
`);

export const SubmitInternshipProductMutation = graphql(`
  mutation SubmitInternshipProduct($input: SubmitInternshipProductInput!) {
    submitInternshipProduct(input: $input) {
      ...InternshipApplicationFields
    }
  }
`);

export const ReviewInternshipProductMutation = graphql(`
  mutation ReviewInternshipProduct($input: ReviewInternshipProductInput!) {
    reviewInternshipProduct(input: $input) {
      ...InternshipApplicationFields
    }
  }
`);

export const InternshipAttendanceSheetQuery = graphql(`
  query InternshipAttendanceSheet($sessionId: ID!) {
    internshipAttendanceSheet(sessionId: $sessionId) {
      cohortId
      cohortTitle
      session {
        id
        startsAt
        topic
        place
        onlineUrl
      }
      rows {
        applicationId
        personId
        fullName
        present
      }
    }
  }
`);

export const MarkInternshipAttendanceMutation = graphql(`
  mutation MarkInternshipAttendance($input: MarkInternshipAttendanceInput!) {
    markInternshipAttendance(input: $input) {
      applicationId
      personId
      fullName
      present
    }
  }
`);

export const VerifyInternshipCertificateQuery = graphql(`
  query VerifyInternshipCertificate($number: String!) {
    verifyInternshipCertificate(number: $number) {
      number
      holderName
      programTitle
      siteTitle
      hours
      startsOn
      endsOn
      issuedOn
      issuerName
      status
      revokedAt
      revokeReason
    }
  }
`);

export const InternshipCertificatePdfQuery = graphql(`
  query InternshipCertificatePdf($id: ID!) {
    internshipCertificatePdf(certificateId: $id) {
      fileName
      fileType
      contentBase64
    }
  }
`);

export const InternshipCertificateCredentialQuery = graphql(`
  query InternshipCertificateCredential($id: ID!) {
    internshipCertificateCredential(certificateId: $id)
  }
`);

export const CreateInternshipCohortMutation = graphql(`
  mutation CreateInternshipCohort($input: CreateInternshipCohortInput!) {
    createInternshipCohort(input: $input) {
      id
      title
    }
  }
`);

export const AddInternshipSessionMutation = graphql(`
  mutation AddInternshipSession($input: AddInternshipSessionInput!) {
    addInternshipSession(input: $input) {
      id
      cohortId
    }
  }
`);

export const CohortProgramModulesQuery = graphql(`
  query CohortProgramModules($programId: ID!) {
    internshipProgram(id: $programId) {
      id
      modules {
        id
        title
      }
      tracks {
        id
        name
      }
    }
  }
`);

export const UpdateInternshipCohortMutation = graphql(`
  mutation UpdateInternshipCohort($id: ID!, $input: UpdateInternshipCohortInput!) {
    updateInternshipCohort(id: $id, input: $input) {
      id
      title
      startsOn
      endsOn
      capacity
      seated
      waitlisted
      trackId
      minAttendancePercent
      requireFinalProduct
      completionRule
    }
  }
`);

export const UpdateInternshipSessionMutation = graphql(`
  mutation UpdateInternshipSession($id: ID!, $input: UpdateInternshipSessionInput!) {
    updateInternshipSession(id: $id, input: $input) {
      id
      startsAt
      endsAt
      topic
      place
      onlineUrl
      moduleId
      masterPersonId
    }
  }
`);

export const SetInternshipSessionArchivedMutation = graphql(`
  mutation SetInternshipSessionArchived($id: ID!, $archived: Boolean!) {
    setInternshipSessionArchived(id: $id, archived: $archived) {
      id
      archivedAt
    }
  }
`);

export const RevokeInternshipCertificateMutation = graphql(`
  mutation RevokeInternshipCertificate($input: RevokeInternshipCertificateInput!) {
    revokeInternshipCertificate(input: $input) {
      id
      status
      revokedAt
      revokeReason
    }
  }
`);
