import { graphql } from '@/gql';

export const PersonProfessionalHoursQuery = graphql(`
  query PersonProfessionalHours($id: ID!) {
    person(id: $id) {
      id
      fullName
      professionalHours {
        personId
        schoolYear
        label
        totalHours
        rows {
          personId
          date
          kind
          title
          hours
          eventId
          certificateNumber
        }
      }
    }
  }
`);
