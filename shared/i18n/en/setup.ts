/** English text of the circle setup screen: units and custom fields (features/setup). */
export const setupEn = {
  title: 'Units & fields',
}
