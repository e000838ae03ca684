import { useTranslation } from 'react-i18next'
import { STANCES, type StanceBand } from '@shared/domain/power-maps/grid'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

/** "70" → 70; anything that is not a whole number 0–100 is NaN. */
export function parsePower(typed: string): number {
  if (!/^\s*\d{1,3}\s*$/.test(typed)) return Number.NaN
  const n = Number(typed)
  return n <= 100 ? n : Number.NaN
}

/** Stance (one of five) and power (0–100): a place on the map, as form fields. */
export function PlaceFields(props: {
  band: StanceBand
  power: string
  onBand: (b: StanceBand) => void
  onPower: (p: string) => void
  powerError?: string | undefined
}) {
  const { t } = useTranslation()
  return (
    <>
      <SelectField
        label={t('maps.stance')}
        value={props.band}
        options={STANCES.map((s) => ({ value: s, label: t(`maps.stances.${s}`) }))}
        onChange={props.onBand}
      />
      <TextField
        label={t('maps.power')}
        hint={t('maps.powerHint')}
        type="number"
        value={props.power}
        onChange={props.onPower}
        error={props.powerError}
        required
      />
    </>
  )
}
