/** English text of the structure tests screen (features/structure-tests). */
export const testsEn = {
  title: 'Structure tests',
}
