/**
 * The internship domain's part of a person's professional-development hours (read by `growth`): one row per
 * completed module (or whole programme) with its hours and date, and the number of the cohort's valid certificate
 * (its public verification page is the link). Columns: person_id, on_date, kind, title, hours, event_id, certificate_number.
 */
export const internshipHoursFactsSql = (personIdsSql: string) => `
  SELECT ih_c.person_id, ih_c.completed_on AS on_date, 'INTERNSHIP_MODULE' AS kind, ih_c.title, ih_c.hours,
         NULL::uuid AS event_id, ih_cert.number AS certificate_number
    FROM internship_completion ih_c
    LEFT JOIN internship_certificate ih_cert ON ih_cert.application_id = ih_c.application_id AND ih_cert.status = 'VALID'
   WHERE ih_c.person_id = ANY(${personIdsSql})`;
