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
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
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
    "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRegistryDocument,
    "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.RegistryImportTemplateDocument,
    "\n  query Regions {\n    regions {\n      id\n      code\n      name\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Municipalities($regionId: ID) {\n    municipalities(regionId: $regionId) {\n      id\n      regionId\n      name\n      kind\n    }\n  }\n": typeof types.MunicipalitiesDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      personId\n      grants {\n        role\n        regionId\n        municipalityId\n        organizationId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        id\n        login\n        displayName\n        personId\n        grants {\n          role\n          regionId\n          municipalityId\n          organizationId\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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
    "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportRegistryDocument,
    "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n": types.RegistryImportTemplateDocument,
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
export function graphql(source: "\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRegistry($input: ImportRegistryInput!) {\n    importRegistry(input: $input) {\n      kind\n      dryRun\n      total\n      created\n      updated\n      unchanged\n      key\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query RegistryImportTemplate($kind: RegistryImportKind!) {\n    registryImportTemplate(kind: $kind) {\n      fileName\n      contentBase64\n    }\n  }\n"];
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