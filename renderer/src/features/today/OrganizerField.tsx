import type { CircleSession } from '@shared/domain/circle/session'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../ui/SelectField'
import { useOrganizers } from './organizers'

/** The person form's organizer: which member is responsible for talking with them. */
export function OrganizerField(props: {
  session: CircleSession
  value: string
  onChange: (organizerId: string) => void
  error?: string | undefined
}) {
  const { t } = useTranslation()
  const organizers = useOrganizers(props.session)
  const options = [
    { value: '', label: t('today.assign.nobody') },
    ...organizers.current.map((m) => ({ value: m.id, label: m.name })),
  ]
  // Someone assigned to a member who has since left keeps showing them until reassigned.
  if (props.value !== '' && !options.some((o) => o.value === props.value))
    options.push({ value: props.value, label: organizers.label(props.value) })
  return (
    <SelectField
      label={t('today.assign.organizer')}
      hint={t('today.assign.organizerHint')}
      value={props.value}
      options={options}
      onChange={props.onChange}
      error={props.error}
    />
  )
}
