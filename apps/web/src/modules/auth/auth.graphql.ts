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

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      ip
      userAgent
      current
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id) {
      id
      createdAt
      lastSeenAt
      ip
      userAgent
      current
    }
  }
`);

export const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions {
      id
      createdAt
      lastSeenAt
      ip
      userAgent
      current
    }
  }
`);

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwordLogin
      providerLabel
      providerUrl
    }
  }
`);
