/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AssociationList($first: Int!, $after: String, $filter: AssociationFilter) {\n    associations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        name\n        subject\n        archivedAt\n        memberCount\n        host {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssociationListDocument,
    "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      kind\n      name\n      subject\n      description\n      organizationId\n      municipalityId\n      networkId\n      archivedAt\n      canEdit\n      memberCount\n      host {\n        id\n        kind\n        name\n      }\n      members {\n        id\n        personId\n        role\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n      meetings {\n        id\n        heldOn\n        format\n        agenda\n        decisions\n        attendeeIds\n        attendeeCount\n        attendees {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.AssociationDocument,
    "\n  mutation CreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAssociationDocument,
    "\n  mutation UpdateAssociation($id: ID!, $input: UpdateAssociationInput!) {\n    updateAssociation(id: $id, input: $input) {\n      id\n      name\n      subject\n      description\n    }\n  }\n": typeof types.UpdateAssociationDocument,
    "\n  mutation ArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveAssociationDocument,
    "\n  mutation RestoreAssociation($id: ID!) {\n    restoreAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreAssociationDocument,
    "\n  mutation AddAssociationMember($associationId: ID!, $input: AssociationMemberInput!) {\n    addAssociationMember(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssociationMemberDocument,
    "\n  mutation UpdateAssociationMember($memberId: ID!, $role: AssociationRole!) {\n    updateAssociationMember(memberId: $memberId, role: $role) {\n      id\n    }\n  }\n": typeof types.UpdateAssociationMemberDocument,
    "\n  mutation RemoveAssociationMember($memberId: ID!) {\n    removeAssociationMember(memberId: $memberId) {\n      id\n    }\n  }\n": typeof types.RemoveAssociationMemberDocument,
    "\n  mutation AddAssociationMeeting($associationId: ID!, $input: AssociationMeetingInput!) {\n    addAssociationMeeting(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssociationMeetingDocument,
    "\n  mutation UpdateAssociationMeeting($meetingId: ID!, $input: AssociationMeetingInput!) {\n    updateAssociationMeeting(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssociationMeetingDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Diary($owner: DiaryOwnerInput!) {\n    diary(owner: $owner) {\n      canWrite\n      sharedOnly\n      entries {\n        id\n        authorPersonId\n        author {\n          id\n          fullName\n          organizationName\n        }\n        writtenOn\n        text\n        answers {\n          key\n          prompt\n          text\n        }\n        visibility\n        mine\n      }\n    }\n  }\n": typeof types.DiaryDocument,
    "\n  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.WriteDiaryEntryDocument,
    "\n  mutation UpdateDiaryEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n    updateDiaryEntry(id: $id, input: $input) {\n      id\n      text\n      visibility\n      answers {\n        key\n        prompt\n        text\n      }\n    }\n  }\n": typeof types.UpdateDiaryEntryDocument,
    "\n  query MentoringProgramList($first: Int!, $after: String, $filter: ProgramFilter) {\n    mentoringPrograms(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        forms\n        startsOn\n        endsOn\n        archivedAt\n        mentorshipCount\n        coordinator {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.MentoringProgramListDocument,
    "\n  query MentoringProgram($id: ID!) {\n    mentoringProgram(id: $id) {\n      id\n      name\n      model\n      forms\n      organizationId\n      networkId\n      coordinatorPersonId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      mentorshipCount\n      coordinator {\n        id\n        fullName\n        organizationName\n      }\n    }\n  }\n": typeof types.MentoringProgramDocument,
    "\n  query ProgramNetworkSchools($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      members {\n        id\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.ProgramNetworkSchoolsDocument,
    "\n  query MentorshipList($first: Int!, $after: String, $filter: MentorshipFilter) {\n    mentorships(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        form\n        status\n        shape\n        startsOn\n        endsOn\n        program {\n          id\n          name\n        }\n        mentors {\n          id\n          fullName\n          organizationName\n        }\n        mentees {\n          id\n          fullName\n          organizationName\n        }\n        sessions {\n          id\n          plannedOn\n          heldOn\n          topic\n        }\n      }\n    }\n  }\n": typeof types.MentorshipListDocument,
    "\n  query Mentorship($id: ID!) {\n    mentorship(id: $id) {\n      id\n      form\n      goals\n      startsOn\n      endsOn\n      status\n      stopReason\n      outcome\n      shape\n      canManage\n      canLog\n      program {\n        id\n        name\n        model\n        archivedAt\n      }\n      mentors {\n        id\n        fullName\n        organizationName\n      }\n      mentees {\n        id\n        fullName\n        organizationName\n      }\n      mentorOrganization {\n        id\n        name\n        shortName\n      }\n      menteeOrganization {\n        id\n        name\n        shortName\n      }\n      sessions {\n        id\n        plannedOn\n        heldOn\n        format\n        topic\n        durationMinutes\n        notes\n      }\n    }\n  }\n": typeof types.MentorshipDocument,
    "\n  query MentorBase($first: Int!, $after: String, $filter: MentorBaseFilter) {\n    mentorBase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        types\n        directions\n        subjects\n        strengths\n        capacity\n        available\n        load\n        freePlaces\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.MentorBaseDocument,
    "\n  mutation CreateMentoringProgram($input: CreateProgramInput!) {\n    createMentoringProgram(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMentoringProgramDocument,
    "\n  mutation UpdateMentoringProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateMentoringProgram(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMentoringProgramDocument,
    "\n  mutation ArchiveMentoringProgram($id: ID!) {\n    archiveMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveMentoringProgramDocument,
    "\n  mutation RestoreMentoringProgram($id: ID!) {\n    restoreMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreMentoringProgramDocument,
    "\n  mutation SaveMentorProfile($personId: ID!, $input: MentorProfileInput!) {\n    saveMentorProfile(personId: $personId, input: $input) {\n      id\n      personId\n      types\n      directions\n      subjects\n      strengths\n      capacity\n      available\n      load\n      freePlaces\n    }\n  }\n": typeof types.SaveMentorProfileDocument,
    "\n  mutation CreateMentorship($programId: ID!, $input: CreateMentorshipInput!) {\n    createMentorship(programId: $programId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMentorshipDocument,
    "\n  mutation UpdateMentorship($id: ID!, $input: UpdateMentorshipInput!) {\n    updateMentorship(id: $id, input: $input) {\n      id\n      goals\n      endsOn\n      outcome\n    }\n  }\n": typeof types.UpdateMentorshipDocument,
    "\n  mutation SetMentorshipStatus($id: ID!, $input: MentorshipStatusInput!) {\n    setMentorshipStatus(id: $id, input: $input) {\n      id\n      status\n      stopReason\n    }\n  }\n": typeof types.SetMentorshipStatusDocument,
    "\n  mutation PlanMentorshipSession($mentorshipId: ID!, $input: PlanSessionInput!) {\n    planMentorshipSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n": typeof types.PlanMentorshipSessionDocument,
    "\n  mutation RecordMentorshipSession($sessionId: ID!, $input: RecordSessionInput!) {\n    recordMentorshipSession(sessionId: $sessionId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordMentorshipSessionDocument,
    "\n  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter, $sort: NetworkSort!) {\n    networks(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        startsOn\n        endsOn\n        archivedAt\n        memberCount\n        coordinator {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.NetworkListDocument,
    "\n  query NetworkNames {\n    networks(first: 100, filter: { archived: ALL }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NetworkNamesDocument,
    "\n  query ExpiringAgreements($withinDays: Int!) {\n    expiringAgreements(withinDays: $withinDays) {\n      id\n      networkId\n      number\n      kind\n      endsOn\n    }\n  }\n": typeof types.ExpiringAgreementsDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      model\n      coordinatorOrganizationId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      memberCount\n      coordinator {\n        id\n        name\n        shortName\n        municipalityName\n      }\n      members {\n        id\n        organizationId\n        role\n        level\n        organization {\n          id\n          name\n          shortName\n          kind\n          municipalityName\n          regionName\n        }\n      }\n      edges {\n        id\n        fromMemberId\n        toMemberId\n        kind\n      }\n      agreements {\n        id\n        number\n        kind\n        signedOn\n        subject\n        startsOn\n        endsOn\n        fileName\n        fileType\n        fileSize\n        archivedAt\n        isExpiring\n        parties {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query OrganizationDirectory($search: String!, $first: Int!) {\n    organizationDirectory(search: $search, first: $first) {\n      id\n      name\n      shortName\n      kind\n      municipalityName\n      regionName\n    }\n  }\n": typeof types.OrganizationDirectoryDocument,
    "\n  query AgreementFile($agreementId: ID!) {\n    agreementFile(agreementId: $agreementId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n": typeof types.AgreementFileDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation ArchiveNetwork($id: ID!) {\n    archiveNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveNetworkDocument,
    "\n  mutation RestoreNetwork($id: ID!) {\n    restoreNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreNetworkDocument,
    "\n  mutation AddNetworkMember($networkId: ID!, $input: NetworkMemberInput!) {\n    addNetworkMember(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddNetworkMemberDocument,
    "\n  mutation UpdateNetworkMember($memberId: ID!, $input: UpdateNetworkMemberInput!) {\n    updateNetworkMember(memberId: $memberId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNetworkMemberDocument,
    "\n  mutation RemoveNetworkMember($memberId: ID!) {\n    removeNetworkMember(memberId: $memberId) {\n      id\n    }\n  }\n": typeof types.RemoveNetworkMemberDocument,
    "\n  mutation AddNetworkEdge($networkId: ID!, $input: NetworkEdgeInput!) {\n    addNetworkEdge(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddNetworkEdgeDocument,
    "\n  mutation RemoveNetworkEdge($edgeId: ID!) {\n    removeNetworkEdge(edgeId: $edgeId) {\n      id\n    }\n  }\n": typeof types.RemoveNetworkEdgeDocument,
    "\n  mutation CreateAgreement($networkId: ID!, $input: CreateAgreementInput!) {\n    createAgreement(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  mutation ArchiveAgreement($id: ID!) {\n    archiveAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveAgreementDocument,
    "\n  mutation RestoreAgreement($id: ID!) {\n    restoreAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreAgreementDocument,
    "\n  mutation AttachAgreementFile($agreementId: ID!, $input: AgreementFileInput!) {\n    attachAgreementFile(agreementId: $agreementId, input: $input) {\n      id\n      fileName\n      fileType\n      fileSize\n    }\n  }\n": typeof types.AttachAgreementFileDocument,
    "\n  mutation RemoveAgreementFile($agreementId: ID!) {\n    removeAgreementFile(agreementId: $agreementId) {\n      id\n      fileName\n    }\n  }\n": typeof types.RemoveAgreementFileDocument,
    "\n  query NetworkOptions {\n    networks(first: 100, filter: { archived: ACTIVE }) {\n      nodes {\n        id\n        name\n        canEdit\n      }\n    }\n  }\n": typeof types.NetworkOptionsDocument,
    "\n  query OrganizationList($first: Int!, $after: String, $filter: OrganizationFilter, $sort: OrganizationSort!) {\n    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        inn\n        archivedAt\n        createdAt\n        staffCount\n        municipality {\n          id\n          name\n        }\n        currentStatuses {\n          id\n          kind\n          year\n        }\n      }\n    }\n  }\n": typeof types.OrganizationListDocument,
    "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        name\n        shortName\n        inn\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  query OrganizationLabel($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      inn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganizationLabelDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      archivedAt\n      createdAt\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n      staffCount\n      staff {\n        id\n        kind\n        title\n        isMain\n        personId\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation ArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrganizationDocument,
    "\n  mutation RestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreOrganizationDocument,
    "\n  query PersonList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort!) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        subjects\n        experienceYears\n        isYoungTeacher\n        qualificationCategory\n        archivedAt\n        positions {\n          id\n          kind\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonListDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      archivedAt\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!) {\n    archivePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchivePersonDocument,
    "\n  mutation RestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestorePersonDocument,
    "\n  query PersonOptions($search: String, $first: Int!) {\n    people(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        fullName\n        positions {\n          id\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRegistryDocument,
    "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.RegistryImportTemplateDocument,
    "\n  query RouteList($first: Int!, $after: String, $filter: RoutesFilter, $sort: RouteSort) {\n    learningRoutes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        archivedAt\n        canApprove\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.RouteListDocument,
    "\n  query MyRoutes {\n    myLearningRoutes {\n      id\n      title\n      status\n      startsOn\n      endsOn\n      progress\n      sharedInNetwork\n      personId\n    }\n  }\n": typeof types.MyRoutesDocument,
    "\n  query Route($id: ID!) {\n    learningRoute(id: $id) {\n      id\n      personId\n      associationId\n      title\n      goal\n      startsOn\n      endsOn\n      status\n      campaignId\n      returnComment\n      approvedAt\n      completedAt\n      sharedInNetwork\n      archivedAt\n      progress\n      isOwner\n      canEdit\n      canSubmit\n      canApprove\n      canStart\n      canComplete\n      canMark\n      canJournal\n      person {\n        id\n        fullName\n        organizationName\n      }\n      competences {\n        competenceId\n        code\n        name\n        baselineScore\n      }\n      steps {\n        id\n        position\n        kind\n        title\n        description\n        competenceIds\n        startsOn\n        endsOn\n        status\n        mentorPersonId\n        mentor {\n          id\n          fullName\n          organizationName\n        }\n        evidenceUrl\n        evidenceFileName\n        evidenceFileSize\n        reflection\n        completedOn\n      }\n      journal {\n        id\n        occurredOn\n        kind\n        text\n        authorName\n      }\n      effectiveness {\n        competenceId\n        code\n        name\n        beforeScore\n        beforeLevel\n        afterScore\n        afterLevel\n        afterMeasuredOn\n        afterCampaignName\n        delta\n        deficitClosed\n      }\n    }\n  }\n": typeof types.RouteDocument,
    "\n  query RouteCompetenceOptions($frameworkCode: String) {\n    routeCompetenceOptions(frameworkCode: $frameworkCode) {\n      id\n      code\n      name\n      frameworkCode\n      areaName\n    }\n  }\n": typeof types.RouteCompetenceOptionsDocument,
    "\n  query RouteDeficitOptions($personId: ID!) {\n    routeDeficitOptions(personId: $personId) {\n      competenceId\n      code\n      name\n      frameworkCode\n      level\n      score\n      source\n      measuredOn\n      campaignId\n      campaignName\n    }\n  }\n": typeof types.RouteDeficitOptionsDocument,
    "\n  query ProposeRouteSteps($personId: ID!, $competenceIds: [ID!]!, $campaignId: ID) {\n    proposeRouteSteps(personId: $personId, competenceIds: $competenceIds, campaignId: $campaignId) {\n      kind\n      title\n      competenceIds\n      mentor {\n        personId\n        name\n        score\n        reasons\n      }\n    }\n  }\n": typeof types.ProposeRouteStepsDocument,
    "\n  query RouteAchievements($personId: ID!) {\n    routeAchievements(personId: $personId) {\n      personId\n      fullName\n      organizationName\n      routes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        sharedInNetwork\n        steps {\n          id\n          kind\n          title\n          status\n          completedOn\n          evidenceUrl\n          evidenceFileName\n          reflection\n        }\n        effectiveness {\n          competenceId\n          code\n          name\n          beforeScore\n          afterScore\n          delta\n          deficitClosed\n        }\n      }\n    }\n  }\n": typeof types.RouteAchievementsDocument,
    "\n  query RouteEvidenceFile($stepId: ID!) {\n    routeStepEvidenceFile(stepId: $stepId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n": typeof types.RouteEvidenceFileDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createLearningRoute(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRouteDocument,
    "\n  mutation UpdateRoute($id: ID!, $input: UpdateRouteInput!) {\n    updateLearningRoute(id: $id, input: $input) {\n      id\n      title\n      goal\n      startsOn\n      endsOn\n      campaignId\n    }\n  }\n": typeof types.UpdateRouteDocument,
    "\n  mutation AddRouteStep($routeId: ID!, $input: RouteStepInput!) {\n    addRouteStep(routeId: $routeId, input: $input) {\n      id\n      canSubmit\n      steps {\n        id\n      }\n    }\n  }\n": typeof types.AddRouteStepDocument,
    "\n  mutation UpdateRouteStep($stepId: ID!, $input: UpdateRouteStepInput!) {\n    updateRouteStep(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRouteStepDocument,
    "\n  mutation MoveRouteStep($stepId: ID!, $position: Int!) {\n    moveRouteStep(stepId: $stepId, input: { position: $position }) {\n      id\n    }\n  }\n": typeof types.MoveRouteStepDocument,
    "\n  mutation RemoveRouteStep($stepId: ID!) {\n    removeRouteStep(stepId: $stepId) {\n      id\n    }\n  }\n": typeof types.RemoveRouteStepDocument,
    "\n  mutation SubmitRoute($id: ID!) {\n    submitLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitRouteDocument,
    "\n  mutation ApproveRoute($id: ID!) {\n    approveLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveRouteDocument,
    "\n  mutation ReturnRoute($id: ID!, $comment: String!) {\n    returnLearningRoute(id: $id, input: { comment: $comment }) {\n      id\n      status\n      returnComment\n    }\n  }\n": typeof types.ReturnRouteDocument,
    "\n  mutation StartRoute($id: ID!) {\n    startLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.StartRouteDocument,
    "\n  mutation CompleteRoute($id: ID!) {\n    completeLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteRouteDocument,
    "\n  mutation SetRouteStepStatus($stepId: ID!, $input: RouteStepStatusInput!) {\n    setRouteStepStatus(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetRouteStepStatusDocument,
    "\n  mutation AttachRouteStepEvidence($stepId: ID!, $input: RouteEvidenceInput!) {\n    attachRouteStepEvidence(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": typeof types.AttachRouteStepEvidenceDocument,
    "\n  mutation SetRouteStepReflection($stepId: ID!, $reflection: String!) {\n    setRouteStepReflection(stepId: $stepId, input: { reflection: $reflection }) {\n      id\n    }\n  }\n": typeof types.SetRouteStepReflectionDocument,
    "\n  mutation AddRouteJournalEntry($routeId: ID!, $input: RouteJournalInput!) {\n    addRouteJournalEntry(routeId: $routeId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddRouteJournalEntryDocument,
    "\n  mutation ArchiveRoute($id: ID!) {\n    archiveLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveRouteDocument,
    "\n  mutation RestoreRoute($id: ID!) {\n    restoreLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.RestoreRouteDocument,
    "\n  mutation SetRouteSharing($routeId: ID!, $shared: Boolean!) {\n    setRouteSharing(routeId: $routeId, shared: $shared) {\n      id\n      sharedInNetwork\n    }\n  }\n": typeof types.SetRouteSharingDocument,
    "\n  query RoutePersonName($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.RoutePersonNameDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    programId\n    title\n    isFinal\n    closedAt\n    questions {\n      key\n      text\n      type\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($programId: ID!) {\n    surveys(programId: $programId) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query MySurveyTasks {\n    mySurveyTasks {\n      mentorshipId\n      programName\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": typeof types.MySurveyTasksDocument,
    "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      respondents\n      expected\n      questions {\n        key\n        text\n        type\n        answered\n        average\n        mentorAverage\n        menteeAverage\n        distribution\n        texts\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  mutation CreateSurvey($programId: ID!, $input: CreateSurveyInput!) {\n    createSurvey(programId: $programId, input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation ReopenSurvey($id: ID!) {\n    reopenSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n": typeof types.ReopenSurveyDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  query Regions {\n    regions {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Municipalities($regionId: ID) {\n    municipalities(regionId: $regionId) {\n      id\n      regionId\n      name\n      kind\n    }\n  }\n": typeof types.MunicipalitiesDocument,
};
const documents: Documents = {
    "\n  query AssociationList($first: Int!, $after: String, $filter: AssociationFilter) {\n    associations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        name\n        subject\n        archivedAt\n        memberCount\n        host {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": types.AssociationListDocument,
    "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      kind\n      name\n      subject\n      description\n      organizationId\n      municipalityId\n      networkId\n      archivedAt\n      canEdit\n      memberCount\n      host {\n        id\n        kind\n        name\n      }\n      members {\n        id\n        personId\n        role\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n      meetings {\n        id\n        heldOn\n        format\n        agenda\n        decisions\n        attendeeIds\n        attendeeCount\n        attendees {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": types.AssociationDocument,
    "\n  mutation CreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n": types.CreateAssociationDocument,
    "\n  mutation UpdateAssociation($id: ID!, $input: UpdateAssociationInput!) {\n    updateAssociation(id: $id, input: $input) {\n      id\n      name\n      subject\n      description\n    }\n  }\n": types.UpdateAssociationDocument,
    "\n  mutation ArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveAssociationDocument,
    "\n  mutation RestoreAssociation($id: ID!) {\n    restoreAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreAssociationDocument,
    "\n  mutation AddAssociationMember($associationId: ID!, $input: AssociationMemberInput!) {\n    addAssociationMember(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n": types.AddAssociationMemberDocument,
    "\n  mutation UpdateAssociationMember($memberId: ID!, $role: AssociationRole!) {\n    updateAssociationMember(memberId: $memberId, role: $role) {\n      id\n    }\n  }\n": types.UpdateAssociationMemberDocument,
    "\n  mutation RemoveAssociationMember($memberId: ID!) {\n    removeAssociationMember(memberId: $memberId) {\n      id\n    }\n  }\n": types.RemoveAssociationMemberDocument,
    "\n  mutation AddAssociationMeeting($associationId: ID!, $input: AssociationMeetingInput!) {\n    addAssociationMeeting(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n": types.AddAssociationMeetingDocument,
    "\n  mutation UpdateAssociationMeeting($meetingId: ID!, $input: AssociationMeetingInput!) {\n    updateAssociationMeeting(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.UpdateAssociationMeetingDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Diary($owner: DiaryOwnerInput!) {\n    diary(owner: $owner) {\n      canWrite\n      sharedOnly\n      entries {\n        id\n        authorPersonId\n        author {\n          id\n          fullName\n          organizationName\n        }\n        writtenOn\n        text\n        answers {\n          key\n          prompt\n          text\n        }\n        visibility\n        mine\n      }\n    }\n  }\n": types.DiaryDocument,
    "\n  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      id\n    }\n  }\n": types.WriteDiaryEntryDocument,
    "\n  mutation UpdateDiaryEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n    updateDiaryEntry(id: $id, input: $input) {\n      id\n      text\n      visibility\n      answers {\n        key\n        prompt\n        text\n      }\n    }\n  }\n": types.UpdateDiaryEntryDocument,
    "\n  query MentoringProgramList($first: Int!, $after: String, $filter: ProgramFilter) {\n    mentoringPrograms(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        forms\n        startsOn\n        endsOn\n        archivedAt\n        mentorshipCount\n        coordinator {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": types.MentoringProgramListDocument,
    "\n  query MentoringProgram($id: ID!) {\n    mentoringProgram(id: $id) {\n      id\n      name\n      model\n      forms\n      organizationId\n      networkId\n      coordinatorPersonId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      mentorshipCount\n      coordinator {\n        id\n        fullName\n        organizationName\n      }\n    }\n  }\n": types.MentoringProgramDocument,
    "\n  query ProgramNetworkSchools($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      members {\n        id\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.ProgramNetworkSchoolsDocument,
    "\n  query MentorshipList($first: Int!, $after: String, $filter: MentorshipFilter) {\n    mentorships(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        form\n        status\n        shape\n        startsOn\n        endsOn\n        program {\n          id\n          name\n        }\n        mentors {\n          id\n          fullName\n          organizationName\n        }\n        mentees {\n          id\n          fullName\n          organizationName\n        }\n        sessions {\n          id\n          plannedOn\n          heldOn\n          topic\n        }\n      }\n    }\n  }\n": types.MentorshipListDocument,
    "\n  query Mentorship($id: ID!) {\n    mentorship(id: $id) {\n      id\n      form\n      goals\n      startsOn\n      endsOn\n      status\n      stopReason\n      outcome\n      shape\n      canManage\n      canLog\n      program {\n        id\n        name\n        model\n        archivedAt\n      }\n      mentors {\n        id\n        fullName\n        organizationName\n      }\n      mentees {\n        id\n        fullName\n        organizationName\n      }\n      mentorOrganization {\n        id\n        name\n        shortName\n      }\n      menteeOrganization {\n        id\n        name\n        shortName\n      }\n      sessions {\n        id\n        plannedOn\n        heldOn\n        format\n        topic\n        durationMinutes\n        notes\n      }\n    }\n  }\n": types.MentorshipDocument,
    "\n  query MentorBase($first: Int!, $after: String, $filter: MentorBaseFilter) {\n    mentorBase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        types\n        directions\n        subjects\n        strengths\n        capacity\n        available\n        load\n        freePlaces\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": types.MentorBaseDocument,
    "\n  mutation CreateMentoringProgram($input: CreateProgramInput!) {\n    createMentoringProgram(input: $input) {\n      id\n    }\n  }\n": types.CreateMentoringProgramDocument,
    "\n  mutation UpdateMentoringProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateMentoringProgram(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMentoringProgramDocument,
    "\n  mutation ArchiveMentoringProgram($id: ID!) {\n    archiveMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveMentoringProgramDocument,
    "\n  mutation RestoreMentoringProgram($id: ID!) {\n    restoreMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreMentoringProgramDocument,
    "\n  mutation SaveMentorProfile($personId: ID!, $input: MentorProfileInput!) {\n    saveMentorProfile(personId: $personId, input: $input) {\n      id\n      personId\n      types\n      directions\n      subjects\n      strengths\n      capacity\n      available\n      load\n      freePlaces\n    }\n  }\n": types.SaveMentorProfileDocument,
    "\n  mutation CreateMentorship($programId: ID!, $input: CreateMentorshipInput!) {\n    createMentorship(programId: $programId, input: $input) {\n      id\n    }\n  }\n": types.CreateMentorshipDocument,
    "\n  mutation UpdateMentorship($id: ID!, $input: UpdateMentorshipInput!) {\n    updateMentorship(id: $id, input: $input) {\n      id\n      goals\n      endsOn\n      outcome\n    }\n  }\n": types.UpdateMentorshipDocument,
    "\n  mutation SetMentorshipStatus($id: ID!, $input: MentorshipStatusInput!) {\n    setMentorshipStatus(id: $id, input: $input) {\n      id\n      status\n      stopReason\n    }\n  }\n": types.SetMentorshipStatusDocument,
    "\n  mutation PlanMentorshipSession($mentorshipId: ID!, $input: PlanSessionInput!) {\n    planMentorshipSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n": types.PlanMentorshipSessionDocument,
    "\n  mutation RecordMentorshipSession($sessionId: ID!, $input: RecordSessionInput!) {\n    recordMentorshipSession(sessionId: $sessionId, input: $input) {\n      id\n    }\n  }\n": types.RecordMentorshipSessionDocument,
    "\n  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter, $sort: NetworkSort!) {\n    networks(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        startsOn\n        endsOn\n        archivedAt\n        memberCount\n        coordinator {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.NetworkListDocument,
    "\n  query NetworkNames {\n    networks(first: 100, filter: { archived: ALL }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.NetworkNamesDocument,
    "\n  query ExpiringAgreements($withinDays: Int!) {\n    expiringAgreements(withinDays: $withinDays) {\n      id\n      networkId\n      number\n      kind\n      endsOn\n    }\n  }\n": types.ExpiringAgreementsDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      model\n      coordinatorOrganizationId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      memberCount\n      coordinator {\n        id\n        name\n        shortName\n        municipalityName\n      }\n      members {\n        id\n        organizationId\n        role\n        level\n        organization {\n          id\n          name\n          shortName\n          kind\n          municipalityName\n          regionName\n        }\n      }\n      edges {\n        id\n        fromMemberId\n        toMemberId\n        kind\n      }\n      agreements {\n        id\n        number\n        kind\n        signedOn\n        subject\n        startsOn\n        endsOn\n        fileName\n        fileType\n        fileSize\n        archivedAt\n        isExpiring\n        parties {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query OrganizationDirectory($search: String!, $first: Int!) {\n    organizationDirectory(search: $search, first: $first) {\n      id\n      name\n      shortName\n      kind\n      municipalityName\n      regionName\n    }\n  }\n": types.OrganizationDirectoryDocument,
    "\n  query AgreementFile($agreementId: ID!) {\n    agreementFile(agreementId: $agreementId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n": types.AgreementFileDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateNetworkDocument,
    "\n  mutation ArchiveNetwork($id: ID!) {\n    archiveNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveNetworkDocument,
    "\n  mutation RestoreNetwork($id: ID!) {\n    restoreNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreNetworkDocument,
    "\n  mutation AddNetworkMember($networkId: ID!, $input: NetworkMemberInput!) {\n    addNetworkMember(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": types.AddNetworkMemberDocument,
    "\n  mutation UpdateNetworkMember($memberId: ID!, $input: UpdateNetworkMemberInput!) {\n    updateNetworkMember(memberId: $memberId, input: $input) {\n      id\n    }\n  }\n": types.UpdateNetworkMemberDocument,
    "\n  mutation RemoveNetworkMember($memberId: ID!) {\n    removeNetworkMember(memberId: $memberId) {\n      id\n    }\n  }\n": types.RemoveNetworkMemberDocument,
    "\n  mutation AddNetworkEdge($networkId: ID!, $input: NetworkEdgeInput!) {\n    addNetworkEdge(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": types.AddNetworkEdgeDocument,
    "\n  mutation RemoveNetworkEdge($edgeId: ID!) {\n    removeNetworkEdge(edgeId: $edgeId) {\n      id\n    }\n  }\n": types.RemoveNetworkEdgeDocument,
    "\n  mutation CreateAgreement($networkId: ID!, $input: CreateAgreementInput!) {\n    createAgreement(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAgreementDocument,
    "\n  mutation ArchiveAgreement($id: ID!) {\n    archiveAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveAgreementDocument,
    "\n  mutation RestoreAgreement($id: ID!) {\n    restoreAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreAgreementDocument,
    "\n  mutation AttachAgreementFile($agreementId: ID!, $input: AgreementFileInput!) {\n    attachAgreementFile(agreementId: $agreementId, input: $input) {\n      id\n      fileName\n      fileType\n      fileSize\n    }\n  }\n": types.AttachAgreementFileDocument,
    "\n  mutation RemoveAgreementFile($agreementId: ID!) {\n    removeAgreementFile(agreementId: $agreementId) {\n      id\n      fileName\n    }\n  }\n": types.RemoveAgreementFileDocument,
    "\n  query NetworkOptions {\n    networks(first: 100, filter: { archived: ACTIVE }) {\n      nodes {\n        id\n        name\n        canEdit\n      }\n    }\n  }\n": types.NetworkOptionsDocument,
    "\n  query OrganizationList($first: Int!, $after: String, $filter: OrganizationFilter, $sort: OrganizationSort!) {\n    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        inn\n        archivedAt\n        createdAt\n        staffCount\n        municipality {\n          id\n          name\n        }\n        currentStatuses {\n          id\n          kind\n          year\n        }\n      }\n    }\n  }\n": types.OrganizationListDocument,
    "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        name\n        shortName\n        inn\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganizationOptionsDocument,
    "\n  query OrganizationLabel($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      inn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.OrganizationLabelDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      archivedAt\n      createdAt\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n      staffCount\n      staff {\n        id\n        kind\n        title\n        isMain\n        personId\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation ArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrganizationDocument,
    "\n  mutation RestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreOrganizationDocument,
    "\n  query PersonList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort!) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        subjects\n        experienceYears\n        isYoungTeacher\n        qualificationCategory\n        archivedAt\n        positions {\n          id\n          kind\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": types.PersonListDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      archivedAt\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!) {\n    archivePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchivePersonDocument,
    "\n  mutation RestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestorePersonDocument,
    "\n  query PersonOptions($search: String, $first: Int!) {\n    people(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        fullName\n        positions {\n          id\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportRegistryDocument,
    "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n": types.RegistryImportTemplateDocument,
    "\n  query RouteList($first: Int!, $after: String, $filter: RoutesFilter, $sort: RouteSort) {\n    learningRoutes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        archivedAt\n        canApprove\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n": types.RouteListDocument,
    "\n  query MyRoutes {\n    myLearningRoutes {\n      id\n      title\n      status\n      startsOn\n      endsOn\n      progress\n      sharedInNetwork\n      personId\n    }\n  }\n": types.MyRoutesDocument,
    "\n  query Route($id: ID!) {\n    learningRoute(id: $id) {\n      id\n      personId\n      associationId\n      title\n      goal\n      startsOn\n      endsOn\n      status\n      campaignId\n      returnComment\n      approvedAt\n      completedAt\n      sharedInNetwork\n      archivedAt\n      progress\n      isOwner\n      canEdit\n      canSubmit\n      canApprove\n      canStart\n      canComplete\n      canMark\n      canJournal\n      person {\n        id\n        fullName\n        organizationName\n      }\n      competences {\n        competenceId\n        code\n        name\n        baselineScore\n      }\n      steps {\n        id\n        position\n        kind\n        title\n        description\n        competenceIds\n        startsOn\n        endsOn\n        status\n        mentorPersonId\n        mentor {\n          id\n          fullName\n          organizationName\n        }\n        evidenceUrl\n        evidenceFileName\n        evidenceFileSize\n        reflection\n        completedOn\n      }\n      journal {\n        id\n        occurredOn\n        kind\n        text\n        authorName\n      }\n      effectiveness {\n        competenceId\n        code\n        name\n        beforeScore\n        beforeLevel\n        afterScore\n        afterLevel\n        afterMeasuredOn\n        afterCampaignName\n        delta\n        deficitClosed\n      }\n    }\n  }\n": types.RouteDocument,
    "\n  query RouteCompetenceOptions($frameworkCode: String) {\n    routeCompetenceOptions(frameworkCode: $frameworkCode) {\n      id\n      code\n      name\n      frameworkCode\n      areaName\n    }\n  }\n": types.RouteCompetenceOptionsDocument,
    "\n  query RouteDeficitOptions($personId: ID!) {\n    routeDeficitOptions(personId: $personId) {\n      competenceId\n      code\n      name\n      frameworkCode\n      level\n      score\n      source\n      measuredOn\n      campaignId\n      campaignName\n    }\n  }\n": types.RouteDeficitOptionsDocument,
    "\n  query ProposeRouteSteps($personId: ID!, $competenceIds: [ID!]!, $campaignId: ID) {\n    proposeRouteSteps(personId: $personId, competenceIds: $competenceIds, campaignId: $campaignId) {\n      kind\n      title\n      competenceIds\n      mentor {\n        personId\n        name\n        score\n        reasons\n      }\n    }\n  }\n": types.ProposeRouteStepsDocument,
    "\n  query RouteAchievements($personId: ID!) {\n    routeAchievements(personId: $personId) {\n      personId\n      fullName\n      organizationName\n      routes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        sharedInNetwork\n        steps {\n          id\n          kind\n          title\n          status\n          completedOn\n          evidenceUrl\n          evidenceFileName\n          reflection\n        }\n        effectiveness {\n          competenceId\n          code\n          name\n          beforeScore\n          afterScore\n          delta\n          deficitClosed\n        }\n      }\n    }\n  }\n": types.RouteAchievementsDocument,
    "\n  query RouteEvidenceFile($stepId: ID!) {\n    routeStepEvidenceFile(stepId: $stepId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n": types.RouteEvidenceFileDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createLearningRoute(input: $input) {\n      id\n    }\n  }\n": types.CreateRouteDocument,
    "\n  mutation UpdateRoute($id: ID!, $input: UpdateRouteInput!) {\n    updateLearningRoute(id: $id, input: $input) {\n      id\n      title\n      goal\n      startsOn\n      endsOn\n      campaignId\n    }\n  }\n": types.UpdateRouteDocument,
    "\n  mutation AddRouteStep($routeId: ID!, $input: RouteStepInput!) {\n    addRouteStep(routeId: $routeId, input: $input) {\n      id\n      canSubmit\n      steps {\n        id\n      }\n    }\n  }\n": types.AddRouteStepDocument,
    "\n  mutation UpdateRouteStep($stepId: ID!, $input: UpdateRouteStepInput!) {\n    updateRouteStep(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": types.UpdateRouteStepDocument,
    "\n  mutation MoveRouteStep($stepId: ID!, $position: Int!) {\n    moveRouteStep(stepId: $stepId, input: { position: $position }) {\n      id\n    }\n  }\n": types.MoveRouteStepDocument,
    "\n  mutation RemoveRouteStep($stepId: ID!) {\n    removeRouteStep(stepId: $stepId) {\n      id\n    }\n  }\n": types.RemoveRouteStepDocument,
    "\n  mutation SubmitRoute($id: ID!) {\n    submitLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitRouteDocument,
    "\n  mutation ApproveRoute($id: ID!) {\n    approveLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveRouteDocument,
    "\n  mutation ReturnRoute($id: ID!, $comment: String!) {\n    returnLearningRoute(id: $id, input: { comment: $comment }) {\n      id\n      status\n      returnComment\n    }\n  }\n": types.ReturnRouteDocument,
    "\n  mutation StartRoute($id: ID!) {\n    startLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": types.StartRouteDocument,
    "\n  mutation CompleteRoute($id: ID!) {\n    completeLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteRouteDocument,
    "\n  mutation SetRouteStepStatus($stepId: ID!, $input: RouteStepStatusInput!) {\n    setRouteStepStatus(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": types.SetRouteStepStatusDocument,
    "\n  mutation AttachRouteStepEvidence($stepId: ID!, $input: RouteEvidenceInput!) {\n    attachRouteStepEvidence(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n": types.AttachRouteStepEvidenceDocument,
    "\n  mutation SetRouteStepReflection($stepId: ID!, $reflection: String!) {\n    setRouteStepReflection(stepId: $stepId, input: { reflection: $reflection }) {\n      id\n    }\n  }\n": types.SetRouteStepReflectionDocument,
    "\n  mutation AddRouteJournalEntry($routeId: ID!, $input: RouteJournalInput!) {\n    addRouteJournalEntry(routeId: $routeId, input: $input) {\n      id\n    }\n  }\n": types.AddRouteJournalEntryDocument,
    "\n  mutation ArchiveRoute($id: ID!) {\n    archiveLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveRouteDocument,
    "\n  mutation RestoreRoute($id: ID!) {\n    restoreLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.RestoreRouteDocument,
    "\n  mutation SetRouteSharing($routeId: ID!, $shared: Boolean!) {\n    setRouteSharing(routeId: $routeId, shared: $shared) {\n      id\n      sharedInNetwork\n    }\n  }\n": types.SetRouteSharingDocument,
    "\n  query RoutePersonName($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.RoutePersonNameDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    programId\n    title\n    isFinal\n    closedAt\n    questions {\n      key\n      text\n      type\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($programId: ID!) {\n    surveys(programId: $programId) {\n      ...SurveyFields\n    }\n  }\n": types.SurveysDocument,
    "\n  query MySurveyTasks {\n    mySurveyTasks {\n      mentorshipId\n      programName\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": types.MySurveyTasksDocument,
    "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      respondents\n      expected\n      questions {\n        key\n        text\n        type\n        answered\n        average\n        mentorAverage\n        menteeAverage\n        distribution\n        texts\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  mutation CreateSurvey($programId: ID!, $input: CreateSurveyInput!) {\n    createSurvey(programId: $programId, input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation ReopenSurvey($id: ID!) {\n    reopenSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n": types.ReopenSurveyDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      id\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  query Regions {\n    regions {\n      id\n      code\n      name\n    }\n  }\n": types.RegionsDocument,
    "\n  query Municipalities($regionId: ID) {\n    municipalities(regionId: $regionId) {\n      id\n      regionId\n      name\n      kind\n    }\n  }\n": types.MunicipalitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationList($first: Int!, $after: String, $filter: AssociationFilter) {\n    associations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        name\n        subject\n        archivedAt\n        memberCount\n        host {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssociationList($first: Int!, $after: String, $filter: AssociationFilter) {\n    associations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        name\n        subject\n        archivedAt\n        memberCount\n        host {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      kind\n      name\n      subject\n      description\n      organizationId\n      municipalityId\n      networkId\n      archivedAt\n      canEdit\n      memberCount\n      host {\n        id\n        kind\n        name\n      }\n      members {\n        id\n        personId\n        role\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n      meetings {\n        id\n        heldOn\n        format\n        agenda\n        decisions\n        attendeeIds\n        attendeeCount\n        attendees {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      kind\n      name\n      subject\n      description\n      organizationId\n      municipalityId\n      networkId\n      archivedAt\n      canEdit\n      memberCount\n      host {\n        id\n        kind\n        name\n      }\n      members {\n        id\n        personId\n        role\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n      meetings {\n        id\n        heldOn\n        format\n        agenda\n        decisions\n        attendeeIds\n        attendeeCount\n        attendees {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssociation($id: ID!, $input: UpdateAssociationInput!) {\n    updateAssociation(id: $id, input: $input) {\n      id\n      name\n      subject\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssociation($id: ID!, $input: UpdateAssociationInput!) {\n    updateAssociation(id: $id, input: $input) {\n      id\n      name\n      subject\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAssociation($id: ID!) {\n    restoreAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAssociation($id: ID!) {\n    restoreAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssociationMember($associationId: ID!, $input: AssociationMemberInput!) {\n    addAssociationMember(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAssociationMember($associationId: ID!, $input: AssociationMemberInput!) {\n    addAssociationMember(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssociationMember($memberId: ID!, $role: AssociationRole!) {\n    updateAssociationMember(memberId: $memberId, role: $role) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssociationMember($memberId: ID!, $role: AssociationRole!) {\n    updateAssociationMember(memberId: $memberId, role: $role) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAssociationMember($memberId: ID!) {\n    removeAssociationMember(memberId: $memberId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAssociationMember($memberId: ID!) {\n    removeAssociationMember(memberId: $memberId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssociationMeeting($associationId: ID!, $input: AssociationMeetingInput!) {\n    addAssociationMeeting(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAssociationMeeting($associationId: ID!, $input: AssociationMeetingInput!) {\n    addAssociationMeeting(associationId: $associationId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssociationMeeting($meetingId: ID!, $input: AssociationMeetingInput!) {\n    updateAssociationMeeting(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssociationMeeting($meetingId: ID!, $input: AssociationMeetingInput!) {\n    updateAssociationMeeting(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Diary($owner: DiaryOwnerInput!) {\n    diary(owner: $owner) {\n      canWrite\n      sharedOnly\n      entries {\n        id\n        authorPersonId\n        author {\n          id\n          fullName\n          organizationName\n        }\n        writtenOn\n        text\n        answers {\n          key\n          prompt\n          text\n        }\n        visibility\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  query Diary($owner: DiaryOwnerInput!) {\n    diary(owner: $owner) {\n      canWrite\n      sharedOnly\n      entries {\n        id\n        authorPersonId\n        author {\n          id\n          fullName\n          organizationName\n        }\n        writtenOn\n        text\n        answers {\n          key\n          prompt\n          text\n        }\n        visibility\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WriteDiaryEntry($input: WriteDiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDiaryEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n    updateDiaryEntry(id: $id, input: $input) {\n      id\n      text\n      visibility\n      answers {\n        key\n        prompt\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDiaryEntry($id: ID!, $input: UpdateDiaryEntryInput!) {\n    updateDiaryEntry(id: $id, input: $input) {\n      id\n      text\n      visibility\n      answers {\n        key\n        prompt\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringProgramList($first: Int!, $after: String, $filter: ProgramFilter) {\n    mentoringPrograms(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        forms\n        startsOn\n        endsOn\n        archivedAt\n        mentorshipCount\n        coordinator {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentoringProgramList($first: Int!, $after: String, $filter: ProgramFilter) {\n    mentoringPrograms(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        forms\n        startsOn\n        endsOn\n        archivedAt\n        mentorshipCount\n        coordinator {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringProgram($id: ID!) {\n    mentoringProgram(id: $id) {\n      id\n      name\n      model\n      forms\n      organizationId\n      networkId\n      coordinatorPersonId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      mentorshipCount\n      coordinator {\n        id\n        fullName\n        organizationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentoringProgram($id: ID!) {\n    mentoringProgram(id: $id) {\n      id\n      name\n      model\n      forms\n      organizationId\n      networkId\n      coordinatorPersonId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      mentorshipCount\n      coordinator {\n        id\n        fullName\n        organizationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramNetworkSchools($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      members {\n        id\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramNetworkSchools($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      members {\n        id\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipList($first: Int!, $after: String, $filter: MentorshipFilter) {\n    mentorships(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        form\n        status\n        shape\n        startsOn\n        endsOn\n        program {\n          id\n          name\n        }\n        mentors {\n          id\n          fullName\n          organizationName\n        }\n        mentees {\n          id\n          fullName\n          organizationName\n        }\n        sessions {\n          id\n          plannedOn\n          heldOn\n          topic\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorshipList($first: Int!, $after: String, $filter: MentorshipFilter) {\n    mentorships(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        form\n        status\n        shape\n        startsOn\n        endsOn\n        program {\n          id\n          name\n        }\n        mentors {\n          id\n          fullName\n          organizationName\n        }\n        mentees {\n          id\n          fullName\n          organizationName\n        }\n        sessions {\n          id\n          plannedOn\n          heldOn\n          topic\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentorship($id: ID!) {\n    mentorship(id: $id) {\n      id\n      form\n      goals\n      startsOn\n      endsOn\n      status\n      stopReason\n      outcome\n      shape\n      canManage\n      canLog\n      program {\n        id\n        name\n        model\n        archivedAt\n      }\n      mentors {\n        id\n        fullName\n        organizationName\n      }\n      mentees {\n        id\n        fullName\n        organizationName\n      }\n      mentorOrganization {\n        id\n        name\n        shortName\n      }\n      menteeOrganization {\n        id\n        name\n        shortName\n      }\n      sessions {\n        id\n        plannedOn\n        heldOn\n        format\n        topic\n        durationMinutes\n        notes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mentorship($id: ID!) {\n    mentorship(id: $id) {\n      id\n      form\n      goals\n      startsOn\n      endsOn\n      status\n      stopReason\n      outcome\n      shape\n      canManage\n      canLog\n      program {\n        id\n        name\n        model\n        archivedAt\n      }\n      mentors {\n        id\n        fullName\n        organizationName\n      }\n      mentees {\n        id\n        fullName\n        organizationName\n      }\n      mentorOrganization {\n        id\n        name\n        shortName\n      }\n      menteeOrganization {\n        id\n        name\n        shortName\n      }\n      sessions {\n        id\n        plannedOn\n        heldOn\n        format\n        topic\n        durationMinutes\n        notes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorBase($first: Int!, $after: String, $filter: MentorBaseFilter) {\n    mentorBase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        types\n        directions\n        subjects\n        strengths\n        capacity\n        available\n        load\n        freePlaces\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorBase($first: Int!, $after: String, $filter: MentorBaseFilter) {\n    mentorBase(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        types\n        directions\n        subjects\n        strengths\n        capacity\n        available\n        load\n        freePlaces\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMentoringProgram($input: CreateProgramInput!) {\n    createMentoringProgram(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMentoringProgram($input: CreateProgramInput!) {\n    createMentoringProgram(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMentoringProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateMentoringProgram(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMentoringProgram($id: ID!, $input: UpdateProgramInput!) {\n    updateMentoringProgram(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMentoringProgram($id: ID!) {\n    archiveMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveMentoringProgram($id: ID!) {\n    archiveMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreMentoringProgram($id: ID!) {\n    restoreMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreMentoringProgram($id: ID!) {\n    restoreMentoringProgram(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMentorProfile($personId: ID!, $input: MentorProfileInput!) {\n    saveMentorProfile(personId: $personId, input: $input) {\n      id\n      personId\n      types\n      directions\n      subjects\n      strengths\n      capacity\n      available\n      load\n      freePlaces\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMentorProfile($personId: ID!, $input: MentorProfileInput!) {\n    saveMentorProfile(personId: $personId, input: $input) {\n      id\n      personId\n      types\n      directions\n      subjects\n      strengths\n      capacity\n      available\n      load\n      freePlaces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMentorship($programId: ID!, $input: CreateMentorshipInput!) {\n    createMentorship(programId: $programId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMentorship($programId: ID!, $input: CreateMentorshipInput!) {\n    createMentorship(programId: $programId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMentorship($id: ID!, $input: UpdateMentorshipInput!) {\n    updateMentorship(id: $id, input: $input) {\n      id\n      goals\n      endsOn\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMentorship($id: ID!, $input: UpdateMentorshipInput!) {\n    updateMentorship(id: $id, input: $input) {\n      id\n      goals\n      endsOn\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentorshipStatus($id: ID!, $input: MentorshipStatusInput!) {\n    setMentorshipStatus(id: $id, input: $input) {\n      id\n      status\n      stopReason\n    }\n  }\n"): (typeof documents)["\n  mutation SetMentorshipStatus($id: ID!, $input: MentorshipStatusInput!) {\n    setMentorshipStatus(id: $id, input: $input) {\n      id\n      status\n      stopReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMentorshipSession($mentorshipId: ID!, $input: PlanSessionInput!) {\n    planMentorshipSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanMentorshipSession($mentorshipId: ID!, $input: PlanSessionInput!) {\n    planMentorshipSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMentorshipSession($sessionId: ID!, $input: RecordSessionInput!) {\n    recordMentorshipSession(sessionId: $sessionId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMentorshipSession($sessionId: ID!, $input: RecordSessionInput!) {\n    recordMentorshipSession(sessionId: $sessionId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter, $sort: NetworkSort!) {\n    networks(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        startsOn\n        endsOn\n        archivedAt\n        memberCount\n        coordinator {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter, $sort: NetworkSort!) {\n    networks(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        model\n        startsOn\n        endsOn\n        archivedAt\n        memberCount\n        coordinator {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkNames {\n    networks(first: 100, filter: { archived: ALL }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkNames {\n    networks(first: 100, filter: { archived: ALL }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringAgreements($withinDays: Int!) {\n    expiringAgreements(withinDays: $withinDays) {\n      id\n      networkId\n      number\n      kind\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  query ExpiringAgreements($withinDays: Int!) {\n    expiringAgreements(withinDays: $withinDays) {\n      id\n      networkId\n      number\n      kind\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      model\n      coordinatorOrganizationId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      memberCount\n      coordinator {\n        id\n        name\n        shortName\n        municipalityName\n      }\n      members {\n        id\n        organizationId\n        role\n        level\n        organization {\n          id\n          name\n          shortName\n          kind\n          municipalityName\n          regionName\n        }\n      }\n      edges {\n        id\n        fromMemberId\n        toMemberId\n        kind\n      }\n      agreements {\n        id\n        number\n        kind\n        signedOn\n        subject\n        startsOn\n        endsOn\n        fileName\n        fileType\n        fileSize\n        archivedAt\n        isExpiring\n        parties {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      model\n      coordinatorOrganizationId\n      startsOn\n      endsOn\n      goals\n      archivedAt\n      canEdit\n      memberCount\n      coordinator {\n        id\n        name\n        shortName\n        municipalityName\n      }\n      members {\n        id\n        organizationId\n        role\n        level\n        organization {\n          id\n          name\n          shortName\n          kind\n          municipalityName\n          regionName\n        }\n      }\n      edges {\n        id\n        fromMemberId\n        toMemberId\n        kind\n      }\n      agreements {\n        id\n        number\n        kind\n        signedOn\n        subject\n        startsOn\n        endsOn\n        fileName\n        fileType\n        fileSize\n        archivedAt\n        isExpiring\n        parties {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDirectory($search: String!, $first: Int!) {\n    organizationDirectory(search: $search, first: $first) {\n      id\n      name\n      shortName\n      kind\n      municipalityName\n      regionName\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDirectory($search: String!, $first: Int!) {\n    organizationDirectory(search: $search, first: $first) {\n      id\n      name\n      shortName\n      kind\n      municipalityName\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementFile($agreementId: ID!) {\n    agreementFile(agreementId: $agreementId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query AgreementFile($agreementId: ID!) {\n    agreementFile(agreementId: $agreementId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNetwork($id: ID!) {\n    archiveNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveNetwork($id: ID!) {\n    archiveNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNetwork($id: ID!) {\n    restoreNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNetwork($id: ID!) {\n    restoreNetwork(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNetworkMember($networkId: ID!, $input: NetworkMemberInput!) {\n    addNetworkMember(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddNetworkMember($networkId: ID!, $input: NetworkMemberInput!) {\n    addNetworkMember(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetworkMember($memberId: ID!, $input: UpdateNetworkMemberInput!) {\n    updateNetworkMember(memberId: $memberId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetworkMember($memberId: ID!, $input: UpdateNetworkMemberInput!) {\n    updateNetworkMember(memberId: $memberId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNetworkMember($memberId: ID!) {\n    removeNetworkMember(memberId: $memberId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveNetworkMember($memberId: ID!) {\n    removeNetworkMember(memberId: $memberId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNetworkEdge($networkId: ID!, $input: NetworkEdgeInput!) {\n    addNetworkEdge(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddNetworkEdge($networkId: ID!, $input: NetworkEdgeInput!) {\n    addNetworkEdge(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNetworkEdge($edgeId: ID!) {\n    removeNetworkEdge(edgeId: $edgeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveNetworkEdge($edgeId: ID!) {\n    removeNetworkEdge(edgeId: $edgeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($networkId: ID!, $input: CreateAgreementInput!) {\n    createAgreement(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($networkId: ID!, $input: CreateAgreementInput!) {\n    createAgreement(networkId: $networkId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAgreement($id: ID!) {\n    archiveAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAgreement($id: ID!) {\n    archiveAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAgreement($id: ID!) {\n    restoreAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAgreement($id: ID!) {\n    restoreAgreement(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachAgreementFile($agreementId: ID!, $input: AgreementFileInput!) {\n    attachAgreementFile(agreementId: $agreementId, input: $input) {\n      id\n      fileName\n      fileType\n      fileSize\n    }\n  }\n"): (typeof documents)["\n  mutation AttachAgreementFile($agreementId: ID!, $input: AgreementFileInput!) {\n    attachAgreementFile(agreementId: $agreementId, input: $input) {\n      id\n      fileName\n      fileType\n      fileSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgreementFile($agreementId: ID!) {\n    removeAgreementFile(agreementId: $agreementId) {\n      id\n      fileName\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgreementFile($agreementId: ID!) {\n    removeAgreementFile(agreementId: $agreementId) {\n      id\n      fileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkOptions {\n    networks(first: 100, filter: { archived: ACTIVE }) {\n      nodes {\n        id\n        name\n        canEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkOptions {\n    networks(first: 100, filter: { archived: ACTIVE }) {\n      nodes {\n        id\n        name\n        canEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationList($first: Int!, $after: String, $filter: OrganizationFilter, $sort: OrganizationSort!) {\n    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        inn\n        archivedAt\n        createdAt\n        staffCount\n        municipality {\n          id\n          name\n        }\n        currentStatuses {\n          id\n          kind\n          year\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationList($first: Int!, $after: String, $filter: OrganizationFilter, $sort: OrganizationSort!) {\n    organizations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        shortName\n        kind\n        inn\n        archivedAt\n        createdAt\n        staffCount\n        municipality {\n          id\n          name\n        }\n        currentStatuses {\n          id\n          kind\n          year\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        name\n        shortName\n        inn\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        name\n        shortName\n        inn\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationLabel($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      inn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationLabel($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      inn\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      archivedAt\n      createdAt\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n      staffCount\n      staff {\n        id\n        kind\n        title\n        isMain\n        personId\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      archivedAt\n      createdAt\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n      staffCount\n      staff {\n        id\n        kind\n        title\n        isMain\n        personId\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      shortName\n      kind\n      inn\n      externalId\n      address\n      email\n      website\n      foundedYear\n      municipality {\n        id\n        name\n        regionId\n      }\n      statuses {\n        id\n        kind\n        year\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreOrganization($id: ID!) {\n    restoreOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort!) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        subjects\n        experienceYears\n        isYoungTeacher\n        qualificationCategory\n        archivedAt\n        positions {\n          id\n          kind\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort!) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        fullName\n        subjects\n        experienceYears\n        isYoungTeacher\n        qualificationCategory\n        archivedAt\n        positions {\n          id\n          kind\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      archivedAt\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      archivedAt\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      lastName\n      firstName\n      middleName\n      fullName\n      externalId\n      birthDate\n      email\n      phone\n      subjects\n      experienceYears\n      isYoungTeacher\n      qualificationCategory\n      isMasterTeacher\n      positions {\n        id\n        kind\n        title\n        isMain\n        organizationId\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePerson($id: ID!) {\n    archivePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePerson($id: ID!) {\n    archivePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePerson($id: ID!) {\n    restorePerson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String, $first: Int!) {\n    people(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        fullName\n        positions {\n          id\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String, $first: Int!) {\n    people(first: $first, filter: { search: $search }, sort: NAME_ASC) {\n      nodes {\n        id\n        fullName\n        positions {\n          id\n          isMain\n          organization {\n            id\n            name\n            shortName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteList($first: Int!, $after: String, $filter: RoutesFilter, $sort: RouteSort) {\n    learningRoutes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        archivedAt\n        canApprove\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteList($first: Int!, $after: String, $filter: RoutesFilter, $sort: RouteSort) {\n    learningRoutes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        archivedAt\n        canApprove\n        person {\n          id\n          fullName\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoutes {\n    myLearningRoutes {\n      id\n      title\n      status\n      startsOn\n      endsOn\n      progress\n      sharedInNetwork\n      personId\n    }\n  }\n"): (typeof documents)["\n  query MyRoutes {\n    myLearningRoutes {\n      id\n      title\n      status\n      startsOn\n      endsOn\n      progress\n      sharedInNetwork\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Route($id: ID!) {\n    learningRoute(id: $id) {\n      id\n      personId\n      associationId\n      title\n      goal\n      startsOn\n      endsOn\n      status\n      campaignId\n      returnComment\n      approvedAt\n      completedAt\n      sharedInNetwork\n      archivedAt\n      progress\n      isOwner\n      canEdit\n      canSubmit\n      canApprove\n      canStart\n      canComplete\n      canMark\n      canJournal\n      person {\n        id\n        fullName\n        organizationName\n      }\n      competences {\n        competenceId\n        code\n        name\n        baselineScore\n      }\n      steps {\n        id\n        position\n        kind\n        title\n        description\n        competenceIds\n        startsOn\n        endsOn\n        status\n        mentorPersonId\n        mentor {\n          id\n          fullName\n          organizationName\n        }\n        evidenceUrl\n        evidenceFileName\n        evidenceFileSize\n        reflection\n        completedOn\n      }\n      journal {\n        id\n        occurredOn\n        kind\n        text\n        authorName\n      }\n      effectiveness {\n        competenceId\n        code\n        name\n        beforeScore\n        beforeLevel\n        afterScore\n        afterLevel\n        afterMeasuredOn\n        afterCampaignName\n        delta\n        deficitClosed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Route($id: ID!) {\n    learningRoute(id: $id) {\n      id\n      personId\n      associationId\n      title\n      goal\n      startsOn\n      endsOn\n      status\n      campaignId\n      returnComment\n      approvedAt\n      completedAt\n      sharedInNetwork\n      archivedAt\n      progress\n      isOwner\n      canEdit\n      canSubmit\n      canApprove\n      canStart\n      canComplete\n      canMark\n      canJournal\n      person {\n        id\n        fullName\n        organizationName\n      }\n      competences {\n        competenceId\n        code\n        name\n        baselineScore\n      }\n      steps {\n        id\n        position\n        kind\n        title\n        description\n        competenceIds\n        startsOn\n        endsOn\n        status\n        mentorPersonId\n        mentor {\n          id\n          fullName\n          organizationName\n        }\n        evidenceUrl\n        evidenceFileName\n        evidenceFileSize\n        reflection\n        completedOn\n      }\n      journal {\n        id\n        occurredOn\n        kind\n        text\n        authorName\n      }\n      effectiveness {\n        competenceId\n        code\n        name\n        beforeScore\n        beforeLevel\n        afterScore\n        afterLevel\n        afterMeasuredOn\n        afterCampaignName\n        delta\n        deficitClosed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteCompetenceOptions($frameworkCode: String) {\n    routeCompetenceOptions(frameworkCode: $frameworkCode) {\n      id\n      code\n      name\n      frameworkCode\n      areaName\n    }\n  }\n"): (typeof documents)["\n  query RouteCompetenceOptions($frameworkCode: String) {\n    routeCompetenceOptions(frameworkCode: $frameworkCode) {\n      id\n      code\n      name\n      frameworkCode\n      areaName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteDeficitOptions($personId: ID!) {\n    routeDeficitOptions(personId: $personId) {\n      competenceId\n      code\n      name\n      frameworkCode\n      level\n      score\n      source\n      measuredOn\n      campaignId\n      campaignName\n    }\n  }\n"): (typeof documents)["\n  query RouteDeficitOptions($personId: ID!) {\n    routeDeficitOptions(personId: $personId) {\n      competenceId\n      code\n      name\n      frameworkCode\n      level\n      score\n      source\n      measuredOn\n      campaignId\n      campaignName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeRouteSteps($personId: ID!, $competenceIds: [ID!]!, $campaignId: ID) {\n    proposeRouteSteps(personId: $personId, competenceIds: $competenceIds, campaignId: $campaignId) {\n      kind\n      title\n      competenceIds\n      mentor {\n        personId\n        name\n        score\n        reasons\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeRouteSteps($personId: ID!, $competenceIds: [ID!]!, $campaignId: ID) {\n    proposeRouteSteps(personId: $personId, competenceIds: $competenceIds, campaignId: $campaignId) {\n      kind\n      title\n      competenceIds\n      mentor {\n        personId\n        name\n        score\n        reasons\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteAchievements($personId: ID!) {\n    routeAchievements(personId: $personId) {\n      personId\n      fullName\n      organizationName\n      routes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        sharedInNetwork\n        steps {\n          id\n          kind\n          title\n          status\n          completedOn\n          evidenceUrl\n          evidenceFileName\n          reflection\n        }\n        effectiveness {\n          competenceId\n          code\n          name\n          beforeScore\n          afterScore\n          delta\n          deficitClosed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteAchievements($personId: ID!) {\n    routeAchievements(personId: $personId) {\n      personId\n      fullName\n      organizationName\n      routes {\n        id\n        title\n        status\n        startsOn\n        endsOn\n        progress\n        sharedInNetwork\n        steps {\n          id\n          kind\n          title\n          status\n          completedOn\n          evidenceUrl\n          evidenceFileName\n          reflection\n        }\n        effectiveness {\n          competenceId\n          code\n          name\n          beforeScore\n          afterScore\n          delta\n          deficitClosed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteEvidenceFile($stepId: ID!) {\n    routeStepEvidenceFile(stepId: $stepId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RouteEvidenceFile($stepId: ID!) {\n    routeStepEvidenceFile(stepId: $stepId) {\n      fileName\n      fileType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createLearningRoute(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createLearningRoute(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoute($id: ID!, $input: UpdateRouteInput!) {\n    updateLearningRoute(id: $id, input: $input) {\n      id\n      title\n      goal\n      startsOn\n      endsOn\n      campaignId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoute($id: ID!, $input: UpdateRouteInput!) {\n    updateLearningRoute(id: $id, input: $input) {\n      id\n      title\n      goal\n      startsOn\n      endsOn\n      campaignId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRouteStep($routeId: ID!, $input: RouteStepInput!) {\n    addRouteStep(routeId: $routeId, input: $input) {\n      id\n      canSubmit\n      steps {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRouteStep($routeId: ID!, $input: RouteStepInput!) {\n    addRouteStep(routeId: $routeId, input: $input) {\n      id\n      canSubmit\n      steps {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRouteStep($stepId: ID!, $input: UpdateRouteStepInput!) {\n    updateRouteStep(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRouteStep($stepId: ID!, $input: UpdateRouteStepInput!) {\n    updateRouteStep(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveRouteStep($stepId: ID!, $position: Int!) {\n    moveRouteStep(stepId: $stepId, input: { position: $position }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveRouteStep($stepId: ID!, $position: Int!) {\n    moveRouteStep(stepId: $stepId, input: { position: $position }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRouteStep($stepId: ID!) {\n    removeRouteStep(stepId: $stepId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRouteStep($stepId: ID!) {\n    removeRouteStep(stepId: $stepId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRoute($id: ID!) {\n    submitLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRoute($id: ID!) {\n    submitLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRoute($id: ID!) {\n    approveLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRoute($id: ID!) {\n    approveLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnRoute($id: ID!, $comment: String!) {\n    returnLearningRoute(id: $id, input: { comment: $comment }) {\n      id\n      status\n      returnComment\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnRoute($id: ID!, $comment: String!) {\n    returnLearningRoute(id: $id, input: { comment: $comment }) {\n      id\n      status\n      returnComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRoute($id: ID!) {\n    startLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartRoute($id: ID!) {\n    startLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRoute($id: ID!) {\n    completeLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteRoute($id: ID!) {\n    completeLearningRoute(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRouteStepStatus($stepId: ID!, $input: RouteStepStatusInput!) {\n    setRouteStepStatus(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetRouteStepStatus($stepId: ID!, $input: RouteStepStatusInput!) {\n    setRouteStepStatus(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachRouteStepEvidence($stepId: ID!, $input: RouteEvidenceInput!) {\n    attachRouteStepEvidence(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AttachRouteStepEvidence($stepId: ID!, $input: RouteEvidenceInput!) {\n    attachRouteStepEvidence(stepId: $stepId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRouteStepReflection($stepId: ID!, $reflection: String!) {\n    setRouteStepReflection(stepId: $stepId, input: { reflection: $reflection }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetRouteStepReflection($stepId: ID!, $reflection: String!) {\n    setRouteStepReflection(stepId: $stepId, input: { reflection: $reflection }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRouteJournalEntry($routeId: ID!, $input: RouteJournalInput!) {\n    addRouteJournalEntry(routeId: $routeId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRouteJournalEntry($routeId: ID!, $input: RouteJournalInput!) {\n    addRouteJournalEntry(routeId: $routeId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRoute($id: ID!) {\n    archiveLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRoute($id: ID!) {\n    archiveLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRoute($id: ID!) {\n    restoreLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRoute($id: ID!) {\n    restoreLearningRoute(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRouteSharing($routeId: ID!, $shared: Boolean!) {\n    setRouteSharing(routeId: $routeId, shared: $shared) {\n      id\n      sharedInNetwork\n    }\n  }\n"): (typeof documents)["\n  mutation SetRouteSharing($routeId: ID!, $shared: Boolean!) {\n    setRouteSharing(routeId: $routeId, shared: $shared) {\n      id\n      sharedInNetwork\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutePersonName($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query RoutePersonName($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    programId\n    title\n    isFinal\n    closedAt\n    questions {\n      key\n      text\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    programId\n    title\n    isFinal\n    closedAt\n    questions {\n      key\n      text\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys($programId: ID!) {\n    surveys(programId: $programId) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Surveys($programId: ID!) {\n    surveys(programId: $programId) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveyTasks {\n    mySurveyTasks {\n      mentorshipId\n      programName\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySurveyTasks {\n    mySurveyTasks {\n      mentorshipId\n      programName\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      respondents\n      expected\n      questions {\n        key\n        text\n        type\n        answered\n        average\n        mentorAverage\n        menteeAverage\n        distribution\n        texts\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      respondents\n      expected\n      questions {\n        key\n        text\n        type\n        answered\n        average\n        mentorAverage\n        menteeAverage\n        distribution\n        texts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($programId: ID!, $input: CreateSurveyInput!) {\n    createSurvey(programId: $programId, input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($programId: ID!, $input: CreateSurveyInput!) {\n    createSurvey(programId: $programId, input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSurvey($id: ID!) {\n    reopenSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSurvey($id: ID!) {\n    reopenSurvey(id: $id) {\n      id\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($regionId: ID) {\n    municipalities(regionId: $regionId) {\n      id\n      regionId\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($regionId: ID) {\n    municipalities(regionId: $regionId) {\n      id\n      regionId\n      name\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;