import { graphql } from '@/gql';

export const DiaryQuery = graphql(`
  query Diary($owner: DiaryOwnerInput!) {
    diary(owner: $owner) {
      canWrite
      sharedOnly
      entries {
        id
        authorPersonId
        author {
          id
          fullName
          organizationName
        }
        writtenOn
        text
        answers {
          key
          prompt
          text
        }
        visibility
        mine
      }
    }
  }
`);

// Both answer the entry: the diary query lists `DiaryEntry` in `additionalTypenames` and refetches.
export const WriteDiaryEntryMutation = graphql(`
  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {
    writeDiaryEntry(input: $input) {
      id
    }
  }
`);

export const UpdateDiaryEntryMutation = graphql(`
  mutation UpdateDiaryEntry($id: ID!, $input: UpdateDiaryEntryInput!) {
    updateDiaryEntry(id: $id, input: $input) {
      id
      text
      visibility
      answers {
        key
        prompt
        text
      }
    }
  }
`);
