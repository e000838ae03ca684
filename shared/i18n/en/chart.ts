/** English text of the chart screen (features/chart). */
export const chartEn = {
  title: 'Chart',
}
