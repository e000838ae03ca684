/** English text of the import and export screen (features/transfer). */
export const transferEn = {
  title: 'Import & export',
}
