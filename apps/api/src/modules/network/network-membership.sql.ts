/**
 * Network owns membership. An organisation takes part in a network only once it has accepted
 * (an invitation confers nothing); every domain that reaches people or rows through a network
 * uses these fragments instead of reading `network_member` itself.
 */
export const ACCEPTED = `'ACCEPTED'::network_member_status`;

/** `SELECT organization_id` of the accepted members of the network given by `networkIdSql`. */
export const acceptedMemberOrgsSql = (networkIdSql: string, alias = 'nm_acc') =>
  `SELECT ${alias}.organization_id FROM network_member ${alias} WHERE ${alias}.network_id = ${networkIdSql} AND ${alias}.status = ${ACCEPTED}`;

/** `SELECT network_id` of the networks in which the organisation given by `orgIdSql` is an accepted member. */
export const acceptedNetworksOfOrgSql = (orgIdSql: string, alias = 'nm_acc') =>
  `SELECT ${alias}.network_id FROM network_member ${alias} WHERE ${alias}.organization_id = ${orgIdSql} AND ${alias}.status = ${ACCEPTED}`;

/** Both the network and the organisation: the organisation is an accepted member of the network. */
export const isAcceptedMemberSql = (networkIdSql: string, orgIdSql: string, alias = 'nm_acc') =>
  `EXISTS (SELECT 1 FROM network_member ${alias} WHERE ${alias}.network_id = ${networkIdSql} AND ${alias}.organization_id = ${orgIdSql} AND ${alias}.status = ${ACCEPTED})`;
