import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      login
      displayName
      personId
      grants {
        role
        regionId
        municipalityId
        organizationId
      }
      permissions
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      me {
        id
        login
        displayName
        personId
        grants {
          role
          regionId
          municipalityId
          organizationId
        }
        permissions
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
