/** English text of a person's details: charting fields, assessments, relationships, rights. */
export const personEn = {
  details: 'Details',
}
