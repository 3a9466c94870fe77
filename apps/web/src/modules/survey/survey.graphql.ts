import { graphql } from '@/gql';

export const SurveyFieldsFragment = graphql(`
  fragment SurveyFields on Survey {
    id
    programId
    title
    isFinal
    closedAt
    questions {
      key
      text
      type
    }
  }
`);

export const SurveysQuery = graphql(`
  query Surveys($programId: ID!) {
    surveys(programId: $programId) {
      ...SurveyFields
    }
  }
`);

export const MySurveyTasksQuery = graphql(`
  query MySurveyTasks {
    mySurveyTasks {
      mentorshipId
      programName
      mentorship {
        id
        mentors {
          id
          fullName
          organizationName
        }
        mentees {
          id
          fullName
          organizationName
        }
        menteeOrganization {
          id
          name
          shortName
        }
      }
      survey {
        ...SurveyFields
      }
    }
  }
`);

export const SurveyResultsQuery = graphql(`
  query SurveyResults($surveyId: ID!) {
    surveyResults(surveyId: $surveyId) {
      respondents
      expected
      anonymityThreshold
      questions {
        key
        text
        type
        answered
        average
        mentorAverage
        menteeAverage
        distribution
        texts
        withheld
        withheldMessage
      }
    }
  }
`);

// Survey mutations answer the survey: the lists (`Survey`) refetch.
export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($programId: ID!, $input: CreateSurveyInput!) {
    createSurvey(programId: $programId, input: $input) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      closedAt
    }
  }
`);

export const ReopenSurveyMutation = graphql(`
  mutation ReopenSurvey($id: ID!) {
    reopenSurvey(id: $id) {
      id
      closedAt
    }
  }
`);

export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      id
    }
  }
`);
